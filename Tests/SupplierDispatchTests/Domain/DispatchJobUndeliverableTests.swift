import Contracts
import Foundation
import SupplierDispatch
import Testing

/// Finding 7 in the domain: a purchase order the supplier connector can never take ends the dispatch at once, for
/// the merchant, and is not held against the supplier (R6).
struct DispatchJobUndeliverableTests {
    @Test("Finding 7: an undeliverable purchase order exhausts the dispatch at once, unscored, with its reason")
    func finding7_undeliverablePurchaseOrderExhaustsTheDispatch() throws {
        var job = DispatchJob.fixture()
        let plan = try #require(
            try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0)).plans
                .first)

        let effects = try job.purchaseOrderUndeliverable(
            plan.purchaseOrderID, reason: "too large", policy: Fixture.policy, at: Fixture.time(0))

        let refundAt = Fixture.time(72)
        #expect(
            effects == [
                .publish(
                    .purchaseOrderFailed(
                        PurchaseOrderFailed(
                            purchaseOrderID: plan.purchaseOrderID, orderID: Fixture.orderID,
                            supplierID: Fixture.supplierA, failure: .undeliverable, detail: "too large",
                            at: Fixture.time(0)))),
                .publish(
                    .dispatchExhausted(
                        DispatchExhausted(
                            orderID: Fixture.orderID, merchantID: "mer_1",
                            attempts: [DispatchAttempt(supplierID: Fixture.supplierA, failure: .undeliverable)],
                            refundAt: refundAt, at: Fixture.time(0)))),
                .schedule(.refund, at: refundAt),
            ])
        #expect(job.status == .exhausted)
        #expect(!effects.contains { if case .score = $0 { true } else { false } })

        // Repeated, it changes nothing; the supplier that never saw it can be chosen again after a retry
        let after = job
        #expect(
            try job.purchaseOrderUndeliverable(
                plan.purchaseOrderID, reason: "too large", policy: Fixture.policy, at: Fixture.time(1)) == [])
        #expect(job == after && job.triedSuppliers.isEmpty)
        _ = try job.retry(offers: Fixture.offers)
        let again = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(2))
        #expect(again.plans.first?.supplierID == Fixture.supplierA && again.plans.first?.attempt == 2)
    }

    @Test("Finding 7: while the order is being cancelled, the withdrawal settles it and undeliverable is a no-op")
    func finding7_undeliverableWhileCancelling() throws {
        var job = DispatchJob.fixture()
        _ = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0))
        _ = job.orderCancelled(at: Fixture.time(0.5))
        let before = job
        #expect(
            try job.purchaseOrderUndeliverable(
                Fixture.purchaseOrder(1), reason: "too large", policy: Fixture.policy, at: Fixture.time(1)) == [])
        #expect(job == before && job.status == .cancelling)
    }
}
