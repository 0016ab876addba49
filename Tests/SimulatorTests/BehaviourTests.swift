import Contracts
import Foundation
import Simulator
import TestSupport
import Testing

/// R6, R7: tests and the demo change one supplier's behaviour at run time with `simulator.suppliers.set`.
struct BehaviourTests {
    @Test("A change sets the named fields; the others keep the defaults, and other suppliers are untouched")
    func partialChange() async throws {
        // Given supplier B set to reject everything
        let harness = try SimulatorHarness()
        let entry = try await harness.setBehaviour("sup_b", SupplierBehaviourChange(rejectRate: 1))
        var expected = Fixtures.punctual
        expected.rejectRate = 1
        #expect(entry == SupplierBehaviourEntry(supplierID: "sup_b", behaviour: expected, isOverridden: true))

        // When each supplier gets a purchase order
        try await harness.receive(Fixtures.request(order: "ord_1", supplier: "sup_a"))
        try await harness.receive(Fixtures.request(order: "ord_2", supplier: "sup_b"))

        // Then B's is rejected and A's ships
        let list = try await harness.list()
        #expect(list.purchaseOrders.map(\.purchaseOrder.plan.outcome) == [.ships, .rejected])
        let listed = try await harness.call(
            "simulator.suppliers.list", [String: String](), as: SupplierBehaviourList.self)
        #expect(listed == SupplierBehaviourList(defaults: Fixtures.punctual, suppliers: [entry]))
    }

    @Test("Leaving the behaviour out returns the supplier to the defaults")
    func reset() async throws {
        let harness = try SimulatorHarness()
        try await harness.setBehaviour("sup_b", SupplierBehaviourChange(silentRate: 1))
        let entry = try await harness.setBehaviour("sup_b", nil)
        #expect(entry == SupplierBehaviourEntry(supplierID: "sup_b", behaviour: Fixtures.punctual, isOverridden: false))
        let listed = try await harness.call(
            "simulator.suppliers.list", [String: String](), as: SupplierBehaviourList.self)
        #expect(listed.suppliers.isEmpty)
    }

    @Test("A behaviour that cannot be used is refused, naming each field")
    func faultsAreNamed() async throws {
        let harness = try SimulatorHarness()
        let refusal = try await harness.refusal(
            "simulator.suppliers.set",
            SetSupplierBehaviourRequest(
                supplierID: "sup_b",
                behaviour: SupplierBehaviourChange(
                    ackDelayMinutes: DelayRange(min: 60, max: 10), rejectRate: 2, carriers: ["Pony Express"])))
        #expect(refusal.code == "invalid_request")
        #expect(
            refusal.errors?.map(\.field) == [
                "behaviour.ackDelayMinutes", "behaviour.rejectRate", "behaviour.carriers[0]",
            ])
        let sum = try await harness.refusal(
            "simulator.suppliers.set",
            SetSupplierBehaviourRequest(
                supplierID: "sup_b", behaviour: SupplierBehaviourChange(rejectRate: 0.6, silentRate: 0.6)))
        #expect(sum.field == "behaviour.silentRate")
    }

    @Test("simulator.purchase_orders pages by id and counts every state")
    func listing() async throws {
        let harness = try SimulatorHarness()
        for order in ["ord_1", "ord_2", "ord_3"] { try await harness.receive(Fixtures.request(order: order)) }
        try harness.advance(to: Fixtures.minutes(30))
        let first = try await harness.call(
            "simulator.purchase_orders", SimulatedPurchaseOrderListRequest(limit: 2),
            as: SimulatedPurchaseOrderList.self)
        #expect(first.purchaseOrders.map(\.purchaseOrder.purchaseOrderID) == ["po_ord_1_1", "po_ord_2_1"])
        #expect(first.counts == ["acknowledged": 3] && first.next == "po_ord_2_1")
        let second = try await harness.call(
            "simulator.purchase_orders", SimulatedPurchaseOrderListRequest(after: first.next, limit: 2),
            as: SimulatedPurchaseOrderList.self)
        #expect(second.purchaseOrders.map(\.purchaseOrder.purchaseOrderID) == ["po_ord_3_1"] && second.next == nil)
        #expect(
            second.purchaseOrders[0].calls == [
                OutgoingCallView(action: .acknowledge, status: .pending, attempts: 0, answer: nil)
            ])
        let other = try await harness.call(
            "simulator.purchase_orders", SimulatedPurchaseOrderListRequest(supplierID: "sup_z"),
            as: SimulatedPurchaseOrderList.self)
        #expect(other.purchaseOrders.isEmpty && other.counts.isEmpty)
        let refusal = try await harness.refusal(
            "simulator.purchase_orders", SimulatedPurchaseOrderListRequest(limit: 0))
        #expect(refusal.field == "limit")
    }
}
