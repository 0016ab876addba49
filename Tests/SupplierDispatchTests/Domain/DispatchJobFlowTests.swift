import Contracts
import Foundation
import SupplierDispatch
import Testing

/// The main road of a dispatch: choose, send, acknowledge, ship; failover to backups; exhaustion and retry.
struct DispatchJobFlowTests {
    @Test("R6, R7: a released order is sent to the first supplier, acknowledged and shipped on time")
    func happyPath() throws {
        // Given a job just released
        var job = DispatchJob.fixture()
        #expect(job.status == .choosing)

        // When a supplier is chosen
        let chosen = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0.5))
        let plan = try #require(chosen.plans.first)
        #expect(chosen == [.sendPurchaseOrder(plan)])
        #expect(plan.purchaseOrderID == "po_ord_1_1")
        #expect(plan.supplierID == Fixture.supplierA)
        #expect(plan.attempt == 1)
        #expect(plan.cost == Fixture.money(1_230))
        #expect(plan.choice == "rank 1 of 3, stock unknown, score 96, cost 12.30 USD (cheapest)")
        #expect(plan.costBearer == .merchant)
        #expect(job.status == .sending)

        // And its delivery is reported
        let delivered = try job.purchaseOrderDelivered(
            plan.purchaseOrderID, policy: Fixture.policy, at: Fixture.time(1))
        let sent = PurchaseOrderSent(
            purchaseOrderID: "po_ord_1_1", orderID: Fixture.orderID, merchantID: "mer_1", listingID: "lst_1",
            supplierID: Fixture.supplierA, attempt: 1, sku: "SKU-1", quantity: 1, cost: Fixture.money(1_230),
            choice: plan.choice, releasedAt: Fixture.releasedAt, isLate: false, acknowledgeBy: Fixture.time(25),
            shipBy: Fixture.time(49), at: Fixture.time(1))
        #expect(
            delivered == [
                .publish(.purchaseOrderSent(sent)), .score(Fixture.supplierA, .sent),
                .schedule(.acknowledge("po_ord_1_1"), at: Fixture.time(25)),
                .schedule(.ship("po_ord_1_1"), at: Fixture.time(49)),
            ])
        #expect(job.status == .awaitingAcknowledgement)

        // Then acknowledgement and shipment are published and scored
        let acknowledged = try job.acknowledge("po_ord_1_1", at: Fixture.time(3))
        #expect(
            acknowledged == [
                .publish(
                    .purchaseOrderAcknowledged(
                        PurchaseOrderAcknowledged(
                            purchaseOrderID: "po_ord_1_1", orderID: Fixture.orderID, supplierID: Fixture.supplierA,
                            at: Fixture.time(3)))),
                .score(Fixture.supplierA, .acknowledged(afterSeconds: 7_200)),
            ])
        let shipped = try job.ship(
            "po_ord_1_1", carrier: "wishpost", trackingNumber: "LZ123456785CN", at: Fixture.time(30))
        #expect(
            shipped == [
                .publish(
                    .purchaseOrderShipped(
                        PurchaseOrderShipped(
                            purchaseOrderID: "po_ord_1_1", orderID: Fixture.orderID, supplierID: Fixture.supplierA,
                            carrier: "wishpost", trackingNumber: "LZ123456785CN", isOnTime: true, at: Fixture.time(30)))
                ),
                .score(Fixture.supplierA, .shipped(onTime: true)),
            ])
        #expect(job.status == .shipped)
        #expect(job.purchaseOrders.map(\.closure) == [.shipped])
    }

    @Test(
        "R6: a purchase order delivered more than 2 hours after release counts as late",
        arguments: [(1.99, false), (2.0, false), (2.01, true), (30, true)])
    func lateDispatch(hours: Double, isLate: Bool) throws {
        var job = DispatchJob.fixture()
        _ = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0))
        let effects = try job.purchaseOrderDelivered(
            Fixture.purchaseOrder(1), policy: Fixture.policy, at: Fixture.time(hours))
        guard case .purchaseOrderSent(let sent)? = effects.facts.first else {
            Issue.record("no PurchaseOrderSent in \(effects)")
            return
        }
        #expect(sent.isLate == isLate)
    }

    @Test("R6: a supplier that rejects is replaced by the next one, which ships")
    func rejectThenBackupShips() throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0))

        let rejected = try job.reject(first, reason: .outOfStock, detail: "sold out", at: Fixture.time(2))
        #expect(
            rejected == [
                .publish(
                    .purchaseOrderFailed(
                        PurchaseOrderFailed(
                            purchaseOrderID: first, orderID: Fixture.orderID, supplierID: Fixture.supplierA,
                            failure: .outOfStock, detail: "sold out", at: Fixture.time(2)))),
                .score(Fixture.supplierA, .failed(.outOfStock)),
                .chooseSupplier,
            ])
        #expect(job.status == .choosing)

        let next = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(2))
        let plan = try #require(next.plans.first)
        #expect(plan.supplierID == Fixture.supplierB)
        #expect(plan.attempt == 2)
        #expect(plan.purchaseOrderID == Fixture.purchaseOrder(2))
        _ = try job.purchaseOrderDelivered(plan.purchaseOrderID, policy: Fixture.policy, at: Fixture.time(2))
        _ = try job.acknowledge(plan.purchaseOrderID, at: Fixture.time(3))
        let shipped = try job.ship(plan.purchaseOrderID, carrier: "ups", trackingNumber: "1Z999", at: Fixture.time(20))
        #expect(shipped.contains(.score(Fixture.supplierB, .shipped(onTime: true))))
        #expect(job.status == .shipped)
        #expect(job.triedSuppliers == [Fixture.supplierA, Fixture.supplierB])
    }

    @Test("R6: when all three suppliers reject, the dispatch is exhausted and abandoned at its refund time")
    func exhaustedThenAbandoned() throws {
        var job = DispatchJob.fixture()
        for (hour, reason) in [(0.0, SupplierRejection.rejected), (1, .outOfStock), (2, .rejected)] {
            let id = try job.dispatch(at: Fixture.time(hour))
            _ = try job.reject(id, reason: reason, detail: nil, at: Fixture.time(hour + 0.5))
        }

        let effects = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(3))
        let refundAt = Fixture.time(75)
        let exhausted = DispatchExhausted(
            orderID: Fixture.orderID, merchantID: "mer_1",
            attempts: [
                DispatchAttempt(supplierID: Fixture.supplierA, failure: .rejected),
                DispatchAttempt(supplierID: Fixture.supplierB, failure: .outOfStock),
                DispatchAttempt(supplierID: Fixture.supplierC, failure: .rejected),
            ],
            refundAt: refundAt, at: Fixture.time(3))
        #expect(effects == [.publish(.dispatchExhausted(exhausted)), .schedule(.refund, at: refundAt)])
        #expect(job.state == .exhausted(refundAt: refundAt))

        // A refund timer before the refund time changes nothing; at the refund time the order is abandoned.
        #expect(try job.deadlinePassed(.refund, at: Fixture.time(74)) == [])
        let abandoned = try job.deadlinePassed(.refund, at: refundAt)
        #expect(abandoned == [.publish(.dispatchAbandoned(DispatchAbandoned(orderID: Fixture.orderID, at: refundAt)))])
        #expect(job.status == .abandoned)
        #expect(try job.deadlinePassed(.refund, at: Fixture.time(80)) == [])
    }

    @Test("R6: an order with no offers at all is exhausted at once")
    func noOffers() throws {
        var job = DispatchJob.fixture(offers: [])
        let effects = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0))
        guard case .dispatchExhausted(let exhausted)? = effects.facts.first else {
            Issue.record("not exhausted: \(effects)")
            return
        }
        #expect(exhausted.attempts.isEmpty)
    }

    @Test("R6: retry after exhaustion tries only the new suppliers, and a stale refund timer is ignored")
    func retryAfterExhausted() throws {
        var job = DispatchJob.fixture()
        for hour in [0.0, 1, 2] {
            let id = try job.dispatch(at: Fixture.time(hour))
            _ = try job.reject(id, reason: .rejected, detail: nil, at: Fixture.time(hour + 0.5))
        }
        _ = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(3))

        // When the merchant adds a fourth supplier
        #expect(try job.retry(offers: Fixture.offers + [Fixture.offer(Fixture.supplierD)]) == [.chooseSupplier])
        let effects = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(10))

        // Then only the new supplier is tried, as attempt 4
        let plan = try #require(effects.plans.first)
        #expect(plan.supplierID == Fixture.supplierD)
        #expect(plan.attempt == 4)
        #expect(try job.deadlinePassed(.refund, at: Fixture.time(75)) == [])
        #expect(job.status == .sending)

        // And when it fails too, the dispatch is exhausted again with a new refund time
        _ = try job.purchaseOrderDelivered(plan.purchaseOrderID, policy: Fixture.policy, at: Fixture.time(10))
        _ = try job.reject(plan.purchaseOrderID, reason: .rejected, detail: nil, at: Fixture.time(11))
        _ = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(12))
        #expect(job.state == .exhausted(refundAt: Fixture.time(84)))
        #expect(try job.deadlinePassed(.refund, at: Fixture.time(75)) == [])
        #expect(job.status == .exhausted)
    }

    @Test("R6: a retry that adds only suppliers already tried exhausts the dispatch again")
    func retryWithTriedSuppliersOnly() throws {
        var job = DispatchJob.fixture(offers: [Fixture.offer(Fixture.supplierA)])
        let id = try job.dispatch(at: Fixture.time(0))
        _ = try job.reject(id, reason: .rejected, detail: nil, at: Fixture.time(1))
        _ = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(1))
        _ = try job.retry(offers: [Fixture.offer(Fixture.supplierA)])
        let effects = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(5))
        #expect(effects.plans.isEmpty)
        #expect(job.state == .exhausted(refundAt: Fixture.time(77)))
    }

    @Test("R6: a supplier whose known stock is short is skipped; unknown stock is allowed")
    func knownStockSkipsSupplier() throws {
        var job = DispatchJob.fixture(quantity: 3)
        let effects = try job.chooseSupplier(
            stock: [Fixture.supplierA: 2, Fixture.supplierB: 3], scorecards: [:], policy: Fixture.policy,
            at: Fixture.time(0))
        let plan = try #require(effects.plans.first)
        #expect(plan.supplierID == Fixture.supplierB)
        #expect(plan.cost == Fixture.money(3_230))
        #expect(plan.choice.hasPrefix("rank 2 of 3, stock 3,"))
    }
}
