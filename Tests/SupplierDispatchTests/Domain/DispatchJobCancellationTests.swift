import Contracts
import Foundation
import SupplierDispatch
import Testing

/// R15: an order cancelled after its release: its open purchase order is cancelled at the supplier, and a shipment
/// that comes anyway is recorded with who bears its cost.
struct DispatchJobCancellationTests {
    @Test("R15: cancelled before or after acknowledgement: cancel requested, then confirmed", arguments: [false, true])
    func cancelOpenPurchaseOrder(acknowledged: Bool) throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        if acknowledged { _ = try job.acknowledge(id, at: Fixture.time(1)) }

        let requested = job.orderCancelled(at: Fixture.time(2))
        #expect(
            requested == [
                .cancelAtSupplier(id, supplierID: Fixture.supplierA),
                .publish(
                    .purchaseOrderCancelRequested(
                        PurchaseOrderCancelRequested(
                            purchaseOrderID: id, orderID: Fixture.orderID, supplierID: Fixture.supplierA,
                            at: Fixture.time(2)))),
            ])
        #expect(job.status == .cancelling)

        let confirmed = try job.withdrawalDelivered(id, outcome: .cancelled, at: Fixture.time(3))
        #expect(
            confirmed == [
                .publish(
                    .purchaseOrderCancelled(
                        PurchaseOrderCancelled(
                            purchaseOrderID: id, orderID: Fixture.orderID, supplierID: Fixture.supplierA,
                            at: Fixture.time(3))))
            ])
        #expect(job.status == .cancelled)
        #expect(job.purchaseOrders.map(\.closure) == [.cancelled])
    }

    @Test("R15: cancelled with no purchase order open: cancelled at once, nothing sent")
    func cancelWithNothingOpen() throws {
        var choosing = DispatchJob.fixture()
        #expect(choosing.orderCancelled(at: Fixture.time(1)) == [])
        #expect(choosing.status == .cancelled)

        var exhausted = DispatchJob.fixture(offers: [])
        _ = try exhausted.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0))
        #expect(exhausted.orderCancelled(at: Fixture.time(1)) == [])
        #expect(exhausted.status == .cancelled)
        #expect(try exhausted.deadlinePassed(.refund, at: Fixture.time(100)) == [])
        #expect(exhausted.status == .cancelled)
    }

    @Test("R15: cancelled while the purchase order is being sent: withdrawn without announcing it")
    func cancelWhileSending() throws {
        var job = DispatchJob.fixture()
        let plan = try #require(
            try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0)).plans.first
        )

        #expect(
            job.orderCancelled(at: Fixture.time(1)) == [
                .cancelAtSupplier(plan.purchaseOrderID, supplierID: plan.supplierID)
            ])
        #expect(job.status == .cancelling)
        #expect(try job.purchaseOrderDelivered(plan.purchaseOrderID, policy: Fixture.policy, at: Fixture.time(1)) == [])
        #expect(try job.withdrawalDelivered(plan.purchaseOrderID, outcome: .cancelled, at: Fixture.time(2)) == [])
        #expect(job.status == .cancelled)
    }

    @Test("R15: cancelled while a timed-out purchase order is being withdrawn: one withdrawal serves both")
    func cancelWhileWithdrawing() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        _ = try job.deadlinePassed(.acknowledge(id), at: Fixture.time(24))

        let requested = job.orderCancelled(at: Fixture.time(24.5))
        #expect(requested.count == 1)
        #expect(requested.facts.count == 1)
        let confirmed = try job.withdrawalDelivered(id, outcome: .cancelled, at: Fixture.time(25))
        #expect(confirmed.count == 2)
        #expect(confirmed.last == .score(Fixture.supplierA, .failed(.notAcknowledged)))
        #expect(job.status == .cancelled)
    }

    /// How the supplier came to ship a purchase order of a cancelled order, and who then bears its cost.
    struct ShipAfterCancel: Sendable, CustomStringConvertible {
        var description: String
        var answer: WithdrawalOutcome?
        var bearer: CostBearer
    }

    @Test(
        "R15: a shipment after cancel is borne by the supplier only if it had confirmed the cancellation",
        arguments: [
            ShipAfterCancel(
                description: "shipped before answering", answer: nil, bearer: .merchant),
            ShipAfterCancel(
                description: "answered already shipped", answer: .alreadyShipped, bearer: .merchant),
            ShipAfterCancel(
                description: "shipped after confirming", answer: .cancelled, bearer: .supplier),
        ])
    func shipAfterCancel(_ scenario: ShipAfterCancel) throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        _ = try job.acknowledge(id, at: Fixture.time(1))
        _ = job.orderCancelled(at: Fixture.time(2))
        if let answer = scenario.answer { _ = try job.withdrawalDelivered(id, outcome: answer, at: Fixture.time(3)) }

        let effects = try job.ship(id, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(4))
        #expect(
            effects == [
                .publish(
                    .purchaseOrderShippedAfterCancel(
                        PurchaseOrderShippedAfterCancel(
                            purchaseOrderID: id, orderID: Fixture.orderID, supplierID: Fixture.supplierA,
                            carrier: "ups", trackingNumber: "1Z1", cost: Fixture.money(1_230),
                            costBearer: scenario.bearer, at: Fixture.time(4))))
            ])
        #expect(job.status == .cancelled)
        #expect(try job.ship(id, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(5)) == [])
    }

    @Test("R6, R15: a withdrawn purchase order shipped anyway is not the order's shipment; the backup still ships")
    func withdrawnPurchaseOrderShipsAnyway() throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0))
        _ = try job.deadlinePassed(.acknowledge(first), at: Fixture.time(24))
        _ = try job.withdrawalDelivered(first, outcome: .cancelled, at: Fixture.time(25))
        let second = try job.dispatch(at: Fixture.time(25), acknowledged: true)

        let stray = try job.ship(first, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(26))
        guard case .purchaseOrderShippedAfterCancel(let event)? = stray.facts.first else {
            Issue.record("not a shipment after cancel: \(stray)")
            return
        }
        #expect(event.costBearer == .supplier)
        #expect(job.status == .awaitingShipment)
        #expect(job.state.openPurchaseOrder?.id == second)

        let shipped = try job.ship(second, carrier: "ups", trackingNumber: "1Z2", at: Fixture.time(30))
        #expect(shipped.contains(.score(Fixture.supplierB, .shipped(onTime: true))))
    }

    @Test("R15: a refusal of a purchase order being cancelled settles the cancellation")
    func rejectWhileCancelling() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        _ = job.orderCancelled(at: Fixture.time(1))
        let effects = try job.reject(id, reason: .outOfStock, detail: nil, at: Fixture.time(2))
        #expect(effects.facts.count == 1)
        #expect(job.status == .cancelled)
    }

    @Test("R15: a cancellation after the shipment changes nothing")
    func cancelAfterShipment() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0), acknowledged: true)
        _ = try job.ship(id, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(2))
        #expect(job.orderCancelled(at: Fixture.time(3)) == [])
        #expect(job.status == .shipped)
    }

    @Test("R15: a supplier that said already shipped cannot then say cancelled")
    func contradictoryAnswer() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        _ = job.orderCancelled(at: Fixture.time(1))
        _ = try job.withdrawalDelivered(id, outcome: .alreadyShipped, at: Fixture.time(2))
        #expect(
            throws: DispatchError.notAllowed(orderID: Fixture.orderID, action: .answerWithdrawal, status: .cancelling)
        ) {
            try job.withdrawalDelivered(id, outcome: .cancelled, at: Fixture.time(3))
        }
    }
}
