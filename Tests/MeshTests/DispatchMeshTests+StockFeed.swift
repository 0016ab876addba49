import Contracts
import Foundation
import TestSupport
import Testing

extension MeshTests.DispatchMeshTests {
    @Test func supplierStockFeedSteersTheChoiceAndAlertsOncePerCrossing() async throws {  // R16, R6
        let dispatch = try await DispatchMesh.start()
        let order = try await dispatch.place(1)
        try await dispatch.waitForStatus([order], .held)

        // When the first-ranked supplier reports 12 of its 80 units (15%), then none, and the second one 50
        #expect(try await feed(dispatch, "sup_sz", units: 12) == 1)
        #expect(try await feed(dispatch, "sup_sz", units: 0) == 0, "still low: no second alert")
        #expect(try await feed(dispatch, "sup_gz", units: 50) == 0)
        try await waitUntil("every partition to know the supplier stock") {
            await dispatch.hasApplied("inventory", consumers: DispatchMesh.partitioning.instanceNames)
        }

        // Then the released order skips the supplier without stock and goes to the next one, which ships it
        try await dispatch.advance("8h")
        try await dispatch.waitForStatus([order], .dispatched)
        let first = try #require(await dispatch.purchaseOrders(order).first)
        #expect(first.supplierID == "sup_gz" && first.attempt == 1)
        #expect(first.choice.hasPrefix("rank 2 of 3, stock 50"), "\(first.choice)")
        #expect(try await dispatch.received().allSatisfy { $0.supplierID == "sup_gz" })
        try await dispatch.advance("1h")
        try await dispatch.waitForJob(order, "acknowledged") { $0.dispatchStatus == .awaitingShipment }
        try await dispatch.advance("2h")
        try await dispatch.waitForStatus([order], .shipped)

        // When the supplier's stock rises above 20% of its reference level and falls below it again
        #expect(try await feed(dispatch, "sup_sz", units: 40) == 0)
        #expect(try await feed(dispatch, "sup_sz", units: 10) == 1, "a new crossing: a new alert")

        // Then the inventory stream holds one alert per crossing, each mailed to the supplier and the merchant
        try await waitUntil("four low-stock mails") {
            dispatch.orders.mails().filter { $0.contains("inventory.low-stock") }.count == 4
        }
        let stores = await dispatch.stop()
        let reports = try await stores.events(of: "inventory").compactMap(supplierStockReport)
        #expect(
            reports == [
                "supplier_stock.updated 12", "supplier_stock.ran_low 12", "supplier_stock.updated 0",
                "supplier_stock.updated 40", "supplier_stock.updated 10", "supplier_stock.ran_low 10",
            ])
        #expect(try await stores.deadLetters() == [])
        await dispatch.tearDown()
    }

    /// Pushes a supplier's stock report of TEE-M (reference level 80) through `inventory.stock_feed`; returns the
    /// low-stock alerts it raised.
    func feed(_ dispatch: DispatchMesh, _ supplier: SupplierID, units: Int) async throws -> Int {
        let item = StockFeedItem(listingID: OrderMesh.listing, sku: "TEE-M", quantity: units, referenceLevel: 80)
        return try await dispatch.mesh.call(
            "inventory", "inventory.stock_feed", StockFeed(supplierID: supplier, items: [item]),
            as: StockFeedResult.self
        ).lowStockAlerts
    }

    /// An inventory event about sup_sz's stock as `<type> <quantity>`; nil for any other event. A `supplier_stock.`
    /// event of a type the test does not know reads `<type> ?`, so that it shows in the comparison.
    func supplierStockReport(_ event: MeshStores.StoredEvent) throws -> String? {
        switch event.type {
        case SupplierStockUpdated.eventType:
            let update = try event.envelope(SupplierStockUpdated.self).data
            return update.supplierID == "sup_sz" ? "\(event.type) \(update.quantity)" : nil
        case SupplierStockRanLow.eventType:
            let alert = try event.envelope(SupplierStockRanLow.self).data
            return alert.supplierID == "sup_sz" ? "\(event.type) \(alert.quantity)" : nil
        case let type where type.hasPrefix("supplier_stock."):
            return "\(type) ?"
        default:
            return nil
        }
    }
}
