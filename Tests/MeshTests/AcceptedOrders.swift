import Contracts
import Synchronization

/// The orders placed so far, by placement index, shared by the placing tasks.
final class AcceptedOrders: Sendable {
    private let storage = Mutex<[Int: OrderID]>([:])

    func record(_ index: Int, _ order: OrderID) { storage.withLock { $0[index] = order } }
    var count: Int { storage.withLock { $0.count } }
    var all: [OrderID] { storage.withLock { Array($0.values) } }
}
