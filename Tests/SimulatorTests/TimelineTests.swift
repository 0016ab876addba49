import Contracts
import Foundation
import Simulator
import TestSupport
import Testing

/// R7: a simulated supplier acknowledges, then ships, on domain time, and tells the owning dispatch partition.
struct TimelineTests {
    @Test("R7: acknowledged at receipt + 30 min, shipped 10 h later, each told to Dispatch after its step")
    func acknowledgeThenShip() async throws {
        // Given a purchase order received at t0 by a punctual supplier
        let harness = try SimulatorHarness()
        let request = Fixtures.request()
        try await harness.receive(request)

        // When time reaches just before the acknowledgement, nothing happens
        try harness.advance(to: Fixtures.minutes(29))
        #expect(try await harness.send() == 0)
        #expect(harness.dispatch.calls.isEmpty)

        // When it reaches the acknowledgement
        try harness.advance(to: Fixtures.minutes(30))
        #expect(try await harness.send() == 1)

        // Then the supplier acknowledged then, and Dispatch heard it
        #expect(harness.dispatch.methods == ["purchase_orders.acknowledge"])
        #expect(
            try harness.dispatch.bodies(of: "purchase_orders.acknowledge", as: AcknowledgePurchaseOrder.self)
                == [
                    AcknowledgePurchaseOrder(
                        purchaseOrderID: request.purchaseOrderID, supplierID: "sup_a", at: Fixtures.minutes(30))
                ])
        #expect(try await harness.view(request.purchaseOrderID).purchaseOrder.acknowledgedAt == Fixtures.minutes(30))

        // When time reaches the shipment
        try harness.advance(to: Fixtures.minutes(30 + 599))
        #expect(try await harness.send() == 0)
        try harness.advance(to: Fixtures.minutes(30 + 600))
        #expect(try await harness.send() == 1)

        // Then it shipped with the planned carrier and a valid S10 number, on time
        let view = try await harness.view(request.purchaseOrderID)
        #expect(view.purchaseOrder.state == .shipped && view.purchaseOrder.shippedAt == Fixtures.minutes(630))
        let ship = try #require(
            try harness.dispatch.bodies(of: "purchase_orders.ship", as: ShipPurchaseOrder.self).first)
        #expect(
            ship.carrier == view.purchaseOrder.plan.carrier
                && ship.trackingNumber == view.purchaseOrder.plan.trackingNumber)
        #expect(S10Check.isValid(ship.trackingNumber) && ship.supplierID == "sup_a")
        #expect(view.calls.map(\.status) == [.delivered, .delivered])
        #expect(
            try harness.publishedTypes() == [
                SimPurchaseOrderReceived.eventType, SimAcknowledged.eventType, SimShipped.eventType,
            ])
        #expect(try harness.published(SimShipped.self).map(\.isLate) == [false])
        #expect(try harness.pendingTimers().isEmpty)
    }

    @Test("R7: when the clock jumps past both steps, the ship still reaches Dispatch after the acknowledgement")
    func clockJumpKeepsOrder() async throws {
        let harness = try SimulatorHarness()
        try await harness.receive(Fixtures.request())
        try harness.advance(to: Fixtures.hours(20))
        #expect(try await harness.send() == 1)
        #expect(try await harness.send() == 1)
        #expect(harness.dispatch.methods == ["purchase_orders.acknowledge", "purchase_orders.ship"])
    }

    @Test("R7: a late supplier ships 60 hours after receipt; the fact says it is late")
    func lateShipment() async throws {
        let harness = try SimulatorHarness()
        try await harness.setBehaviour("sup_a", SupplierBehaviourChange(lateShipRate: 1))
        try await harness.receive(Fixtures.request())
        try harness.advance(to: Fixtures.hours(59.9))
        #expect(try harness.published(SimShipped.self).isEmpty)
        try harness.advance(to: Fixtures.hours(60))
        #expect(try harness.published(SimShipped.self).map(\.isLate) == [true])
        #expect(try await harness.view("po_ord_1_1").purchaseOrder.shippedAt == Fixtures.hours(60))
    }

    @Test("R6: a rejecting supplier refuses at receipt + 30 min and never acknowledges")
    func rejection() async throws {
        let harness = try SimulatorHarness()
        try await harness.setBehaviour("sup_a", SupplierBehaviourChange(rejectRate: 1))
        try await harness.receive(Fixtures.request())
        try harness.advance(to: Fixtures.minutes(30))
        try await harness.send()
        #expect(
            try harness.dispatch.bodies(of: "purchase_orders.reject", as: RejectPurchaseOrder.self) == [
                RejectPurchaseOrder(
                    purchaseOrderID: "po_ord_1_1", supplierID: "sup_a", reason: .rejected,
                    detail: "The supplier declined the order.", at: Fixtures.minutes(30))
            ])
        try harness.advance(to: Fixtures.hours(100))
        #expect(harness.dispatch.methods == ["purchase_orders.reject"])
        #expect(try await harness.view("po_ord_1_1").purchaseOrder.state == .rejected)
        #expect(try harness.published(SimRejected.self).map(\.reason) == [.rejected])
    }

    @Test("R6: an out-of-stock supplier refuses with out_of_stock")
    func outOfStock() async throws {
        let harness = try SimulatorHarness()
        try await harness.setBehaviour("sup_a", SupplierBehaviourChange(outOfStockRate: 1))
        try await harness.receive(Fixtures.request())
        try harness.advance(to: Fixtures.minutes(30))
        try await harness.send()
        let reject = try harness.dispatch.bodies(of: "purchase_orders.reject", as: RejectPurchaseOrder.self)
        #expect(reject.map(\.reason) == [.outOfStock] && reject.first?.detail == "No stock of TEE-M left.")
    }

    @Test("R7: a silent supplier never answers, so Dispatch's deadline passes")
    func silence() async throws {
        let harness = try SimulatorHarness()
        try await harness.setBehaviour("sup_a", SupplierBehaviourChange(silentRate: 1))
        try await harness.receive(Fixtures.request())
        #expect(try harness.pendingTimers().isEmpty)
        try harness.advance(to: Fixtures.hours(100))
        #expect(try await harness.send() == 0)
        #expect(harness.dispatch.calls.isEmpty)
        let order = try await harness.view("po_ord_1_1").purchaseOrder
        #expect(order.state == .received && order.plan.outcome == .silent)
    }
}
