import Contracts
import Foundation
import ProcessControl
import TestSupport
import Testing

extension MeshTests.DispatchMeshTests {
    @Test func exhaustedOrderWaitsInItsOwnStatusUntilARetryDispatchesIt() async throws {  // R6
        // Given an order whose three suppliers all reject
        let dispatch = try await DispatchMesh.start()
        for supplier: SupplierID in ["sup_sz", "sup_gz", "sup_yw"] {
            try await dispatch.setBehaviour(supplier, SupplierBehaviourChange(rejectRate: 1))
        }
        let order = try #require(try await dispatch.placeAndDispatch(1).first)
        for refusals in 1...3 {  // each 30 minutes after its purchase order, the next one going out at once
            try await dispatch.advance("30m")
            try await dispatch.waitForJob(order, "\(refusals) refusals") { job in
                job.purchaseOrders.filter { $0.closure == "rejected" }.count == refusals
            }
        }

        // Then Orders shows it dispatch_exhausted, still in the merchant's Unfulfilled queue
        try await dispatch.waitForStatus([order], .dispatchExhausted)
        #expect(try await dispatch.orders.unfulfilled().orders.map(\.orderID) == [order])

        // When the merchant replaces the last supplier with one that has not failed, and retries the dispatch
        var catalog = DispatchMesh.catalog(stock: 100)
        catalog.listings[0].variations[0].suppliers[2] = SupplierOfferRecord(
            supplierID: "sup_hz", productCost: OrderMesh.brl(2600), shippingCost: OrderMesh.brl(1500),
            processingFee: OrderMesh.brl(200), referenceLevel: 80)
        _ = try await dispatch.mesh.call("inventory", "inventory.load", catalog, as: CatalogLoadResult.self)
        try await waitUntil("the partition to know the new supplier") {
            await dispatch.hasApplied("inventory", consumers: [DispatchMesh.partition(of: order)])
        }
        let (retryExit, retried) = try await dispatch.mesh.runCLI(["dispatch", "retry", order.rawValue])
        #expect(retryExit == .exited(0), "\(retried)")

        // Then its fourth purchase order reaches sup_hz and the order is dispatched again, then shipped
        try await dispatch.waitForStatus([order], .dispatched)
        let retriedOrder = await dispatch.purchaseOrders(order).last
        #expect(retriedOrder?.supplierID == "sup_hz" && retriedOrder?.attempt == 4)
        let timeline = try await dispatch.orders.order(order).timeline.map(\.status)
        #expect(timeline.suffix(3) == [.dispatched, .dispatchExhausted, .dispatched])
        try await dispatch.advance("3h")
        try await dispatch.waitForStatus([order], .shipped)
        #expect(try await dispatch.orders.unfulfilled().orders.isEmpty)
        await dispatch.tearDown()
    }
}
