import Contracts
import SeededRandom

extension SplitMix64 {
    /// A generator for one purchase order: the simulator's seed mixed with a stable hash of the id.
    init(seed: UInt64, purchaseOrder: PurchaseOrderID) {
        self.init(seed: seed, key: purchaseOrder.rawValue)
    }
}
