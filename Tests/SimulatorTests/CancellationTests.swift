import Contracts
import Foundation
import Simulator
import TestSupport
import Testing

/// R15: Dispatch withdraws a purchase order; before the shipment nothing more happens, after it it has shipped.
struct CancellationTests {
    @Test("R15: cancelled after the acknowledgement and before the shipment: cancelled, and no ship call")
    func cancelBeforeShipment() async throws {
        // Given an acknowledged purchase order
        let harness = try SimulatorHarness()
        try await harness.receive(Fixtures.request())
        try harness.advance(to: Fixtures.minutes(30))
        try await harness.send()

        // When Dispatch cancels it, twice
        #expect(try await harness.cancel("po_ord_1_1") == "cancelled")
        #expect(try await harness.cancel("po_ord_1_1") == "cancelled")

        // Then the shipment never comes
        try harness.advance(to: Fixtures.hours(100))
        #expect(try await harness.send() == 0)
        #expect(harness.dispatch.methods == ["purchase_orders.acknowledge"])
        let order = try await harness.view("po_ord_1_1").purchaseOrder
        #expect(order.state == .cancelled && order.cancelledAt == Fixtures.minutes(30) && order.shippedAt == nil)
        #expect(try harness.published(SimCancelled.self).count == 1)
        #expect(try harness.pendingTimers().isEmpty)
    }

    @Test("R15: an answer not yet sent when the purchase order is cancelled is dropped")
    func pendingAnswerIsDropped() async throws {
        let harness = try SimulatorHarness()
        try await harness.receive(Fixtures.request())
        try harness.advance(to: Fixtures.minutes(30))
        #expect(try await harness.cancel("po_ord_1_1") == "cancelled")
        #expect(try await harness.send() == 0)
        #expect(harness.dispatch.calls.isEmpty)
        #expect(try await harness.view("po_ord_1_1").calls.map(\.status) == [.dropped])
    }

    @Test("R15: cancelled after the shipment: already_shipped, and the ship call still goes")
    func cancelAfterShipment() async throws {
        let harness = try SimulatorHarness()
        try await harness.receive(Fixtures.request())
        try harness.advance(to: Fixtures.hours(11))
        #expect(try await harness.cancel("po_ord_1_1") == "already_shipped")
        #expect(try await harness.cancel("po_ord_1_1") == "already_shipped")
        try await harness.send()
        try await harness.send()
        #expect(harness.dispatch.methods == ["purchase_orders.acknowledge", "purchase_orders.ship"])
        #expect(try await harness.view("po_ord_1_1").purchaseOrder.state == .shipped)
        #expect(try harness.published(SimCancelled.self).isEmpty)
    }

    @Test("R15: a purchase order cancelled before it arrived is taken in cancelled and never played")
    func cancelBeforeArrival() async throws {
        let harness = try SimulatorHarness()
        #expect(try await harness.cancel("po_ord_1_1") == "cancelled")
        let receipt = try await harness.receive(Fixtures.request())
        #expect(receipt.purchaseOrderID == "po_ord_1_1")
        #expect(try harness.pendingTimers().isEmpty)
        try harness.advance(to: Fixtures.hours(100))
        #expect(try await harness.send() == 0)
        #expect(try await harness.view("po_ord_1_1").purchaseOrder.state == .cancelled)
        #expect(try harness.publishedTypes() == [SimPurchaseOrderReceived.eventType, SimCancelled.eventType])
    }

    @Test("A cancellation naming another supplier is refused on supplierID")
    func wrongSupplier() async throws {
        let harness = try SimulatorHarness()
        try await harness.receive(Fixtures.request())
        let refusal = try await harness.refusal(
            "supplier.cancel", PurchaseOrderCancellation(purchaseOrderID: "po_ord_1_1", supplierID: "sup_b"))
        #expect(refusal.code == "invalid_request" && refusal.field == "supplierID")
        #expect(try await harness.view("po_ord_1_1").purchaseOrder.state == .received)
    }
}
