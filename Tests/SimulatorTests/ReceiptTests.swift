import Contracts
import Foundation
import ServiceKit
import Simulator
import TestSupport
import Testing

/// R6: `supplier.purchase_order` records the purchase order once, plans its fate, and answers with a receipt.
struct ReceiptTests {
    @Test("R6: a repeated purchase order gets the first receipt and schedules nothing new")
    func receiptIsIdempotent() async throws {
        // Given a simulator
        let harness = try SimulatorHarness()
        let request = Fixtures.request()

        // When Dispatch sends the same purchase order twice
        let first = try await harness.receive(request)
        let second = try await harness.receive(request)

        // Then both receipts are the same, one fact is published and one timer waits
        #expect(first == second && first.purchaseOrderID == request.purchaseOrderID)
        #expect(first.supplierReference?.hasPrefix("SIM-") == true)
        #expect(try harness.publishedTypes() == [SimPurchaseOrderReceived.eventType])
        #expect(try harness.pendingTimers().map(\.id) == ["sim.acknowledge:po_ord_1_1"])
        let list = try await harness.list()
        #expect(list.purchaseOrders.count == 1 && list.counts == ["received": 1])
        let order = list.purchaseOrders[0].purchaseOrder
        #expect(order.receivedAt == Fixtures.t0 && order.state == .received && order.quantity == 2)
        #expect(order.plan.acknowledgeAt == Fixtures.minutes(30) && order.plan.shipAt == Fixtures.minutes(30 + 600))
        let received = try harness.published(SimPurchaseOrderReceived.self)
        #expect(received.map(\.plan) == [order.plan])
    }

    @Test("R6: the same seed plans the same fates whatever the arrival order; another seed plans others")
    func fatesAreDeterministic() async throws {
        // Given two simulators with seed 9 and one with seed 10, each supplier rejecting or going silent at times
        let behaviour = SupplierBehaviourChange(
            ackDelayMinutes: DelayRange(min: 10, max: 120), shipDelayHours: DelayRange(min: 4, max: 36),
            rejectRate: 0.2, outOfStockRate: 0.2, silentRate: 0.2, lateShipRate: 0.3)
        let harnesses = try [9, 9, 10].map { try SimulatorHarness(settings: Fixtures.settings(seed: $0)) }
        let requests = (1...30).map { Fixtures.request(order: "ord_\($0)") }

        // When the first receives them in order and the others in reverse
        for (index, harness) in harnesses.enumerated() {
            try await harness.setBehaviour("sup_a", behaviour)
            for request in index == 0 ? requests : requests.reversed() { try await harness.receive(request) }
        }

        // Then the fates of the two seed-9 simulators are equal, and the seed-10 one's are not
        var plans: [[FatePlan]] = []
        for harness in harnesses { plans.append(try await harness.list().purchaseOrders.map(\.purchaseOrder.plan)) }
        #expect(plans[0] == plans[1])
        #expect(plans[0] != plans[2])
        #expect(Set(plans[0].map(\.outcome)).count == FatePlan.Outcome.allCases.count)
    }

    @Test("R6: the supplier's API takes latency_ms of wall time to answer")
    func latencyIsWaited() async throws {
        let harness = try SimulatorHarness(settings: Fixtures.settings(latency: .milliseconds(50)))
        let started = ContinuousClock.now
        try await harness.receive(Fixtures.request())
        #expect(ContinuousClock.now - started >= .milliseconds(50))
    }

    @Test(
        "A purchase order the simulator could not answer is refused, naming the field",
        arguments: ["purchaseOrderID", "orderID", "supplierID", "quantity"])
    func invalidRequests(field: String) async throws {
        // Given a request with one bad field
        let harness = try SimulatorHarness()
        var request = Fixtures.request()
        switch field {
        case "purchaseOrderID": request.purchaseOrderID = "ord_1"
        case "orderID": request.orderID = "ord_2"
        case "supplierID": request.supplierID = " "
        default: request.quantity = 0
        }

        // When Dispatch sends it, then it is refused on that field and nothing is stored
        let refusal = try await harness.refusal("supplier.purchase_order", request)
        #expect(refusal.code == "invalid_request" && refusal.field == field)
        #expect(try await harness.list().purchaseOrders.isEmpty)
    }
}
