import Contracts
import Streams

/// What the supplier simulator received, read page by page through `simulator.purchase_orders`.
enum SimulatorLedger {
    /// Every purchase order id the simulated suppliers hold, as often as the simulator lists it. The simulator
    /// keeps one record per id, so a repeated connector call is not counted twice; the per-state counts must
    /// agree with the pages.
    static func purchaseOrders(from simulator: RPCClient) async throws -> [PurchaseOrderID] {
        try await all(from: simulator).map(\.purchaseOrderID)
    }

    /// Every purchase order the simulated suppliers hold, with its plan and state.
    static func all(from simulator: RPCClient) async throws -> [SupplierPurchaseOrder] {
        var purchaseOrders: [SupplierPurchaseOrder] = []
        var after: PurchaseOrderID?
        var counted = 0
        repeat {
            let page = try await simulator.call(
                "simulator.purchase_orders", params: SimulatedPurchaseOrderListRequest(after: after, limit: 1000),
                as: SimulatedPurchaseOrderList.self, timeout: .seconds(30))
            purchaseOrders += page.purchaseOrders.map(\.purchaseOrder)
            counted = page.counts.values.reduce(0, +)
            after = page.next
        } while after != nil
        guard counted == purchaseOrders.count else {
            throw BenchError.missingMeasurement(
                "a consistent simulator listing (\(counted) counted, \(purchaseOrders.count) listed)")
        }
        return purchaseOrders
    }
}
