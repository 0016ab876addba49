import Contracts
import Foundation
import Orders
import Streams
import TestSupport
import Testing

/// R6, R7 through the dispatch partition's handler: the order follows Dispatch's facts, and the merchant hears
/// of an exhausted supplier list from the one place Orders mails from, once per exhaustion.
@Suite(.timeLimit(.minutes(1)))
struct DispatchServiceTests {
    static let refundAt = ServiceFixtures.t(600 + 72 * 60)

    static func sent(_ id: OrderID, attempt: Int = 1, at time: Date) -> PurchaseOrderSent {
        PurchaseOrderSent(
            purchaseOrderID: DispatchPartitioning.purchaseOrderID(order: id, attempt: attempt), orderID: id,
            merchantID: ServiceFixtures.merchantID, listingID: ServiceFixtures.listingID, supplierID: "sup_sz",
            attempt: attempt, sku: ValidationFixtures.sku, quantity: 2,
            cost: Money(minorUnits: 1200, currency: ServiceFixtures.euro), choice: "cheapest", releasedAt: time,
            isLate: false, acknowledgeBy: time.addingTimeInterval(86_400), shipBy: time.addingTimeInterval(172_800),
            at: time)
    }

    static func exhausted(_ id: OrderID, suppliers: [SupplierID], at time: Date) -> DispatchExhausted {
        DispatchExhausted(
            orderID: id, merchantID: ServiceFixtures.merchantID,
            attempts: suppliers.map { DispatchAttempt(supplierID: $0, failure: .rejected) }, refundAt: refundAt,
            at: time)
    }

    /// A placed order released at minute 480.
    static func releasedOrder(_ harness: OrdersHarness) async throws -> OrderID {
        let id = try await harness.place().orderID
        try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(1)))
        try harness.deliver(ServiceFixtures.holdEnded(id, at: ServiceFixtures.t(480)))
        return id
    }

    @Test("R6: an exhausted supplier list is published and mailed to the merchant once; a retry's is mailed again")
    func exhaustionTellsTheMerchantOnce() async throws {
        // Given a dispatched order
        let harness = try OrdersHarness()
        let id = try await Self.releasedOrder(harness)
        try harness.deliver(Self.sent(id, at: ServiceFixtures.t(490)))

        // When Dispatch reports every supplier failed, twice (a redelivery)
        let suppliers: [SupplierID] = ["sup_sz", "sup_gz", "sup_yw"]
        try harness.deliver(Self.exhausted(id, suppliers: suppliers, at: ServiceFixtures.t(600)))
        try harness.deliver(Self.exhausted(id, suppliers: suppliers, at: ServiceFixtures.t(600)))

        // Then the order is dispatch_exhausted (still in the merchant's Unfulfilled queue), order.dispatch_exhausted
        // is published once, and the merchant has one mail
        let detail = try await harness.show(id)
        #expect(detail.status == .dispatchExhausted && detail.timeline.last?.cause == .dispatchExhausted)
        #expect(try harness.count("unfulfilledOrder") == 1)
        #expect(
            try harness.publishedTypes(of: id) == [
                "order.placed", "order.held", "order.released", "order.dispatched", "order.dispatch_exhausted",
            ])
        let published = try #require(try harness.published(OrderDispatchExhausted.self).only)
        #expect(published.attempts.map(\.supplierID) == suppliers && published.refundAt == Self.refundAt)
        let mails = try harness.queuedMails().filter { $0.id.contains("dispatch-exhausted") }
        #expect(mails.map(\.id) == ["orders.\(id).dispatch-exhausted.3"])
        #expect(mails[0].header("To") == "Loja Azul <vendas@loja-azul.example>")
        #expect(mails[0].message.contains("Subject: Action needed: no supplier could take order"))
        #expect(mails[0].body.contains("No supplier could take order \(id)."))
        #expect(suppliers.allSatisfy { mails[0].body.contains("- \($0): rejected") })

        // When a retry's supplier fails too, then the longer list is published and mailed again
        try harness.deliver(Self.exhausted(id, suppliers: suppliers + ["sup_hz"], at: ServiceFixtures.t(900)))
        #expect(try harness.published(OrderDispatchExhausted.self).map(\.attempts.count) == [3, 4])
        #expect(
            try harness.queuedMails().map(\.id).filter { $0.contains("dispatch-exhausted") } == [
                "orders.\(id).dispatch-exhausted.3", "orders.\(id).dispatch-exhausted.4",
            ])
    }

    @Test("R6: a retry that finds a supplier dispatches the exhausted order again; listed by its status meanwhile")
    func retryDispatchesAgain() async throws {
        // Given an order whose one supplier failed
        let harness = try OrdersHarness()
        let id = try await Self.releasedOrder(harness)
        try harness.deliver(Self.sent(id, at: ServiceFixtures.t(490)))
        try harness.deliver(Self.exhausted(id, suppliers: ["sup_sz"], at: ServiceFixtures.t(600)))
        let exhausted = try await harness.call(
            "orders.list", OrderListRequest(status: "dispatch_exhausted"), as: OrderList.self)
        #expect(exhausted.orders.map(\.orderID) == [id] && exhausted.total == 1)

        // When the retry's purchase order reaches a supplier (a redelivery of the failed one changes nothing)
        try harness.deliver(Self.sent(id, at: ServiceFixtures.t(490)))
        try harness.deliver(Self.sent(id, attempt: 2, at: ServiceFixtures.t(700)))

        // Then the order is dispatched again with a second order.dispatched, still in the queue
        #expect(try await harness.show(id).status == .dispatched)
        #expect(
            try harness.publishedTypes(of: id) == [
                "order.placed", "order.held", "order.released", "order.dispatched", "order.dispatch_exhausted",
                "order.dispatched",
            ])
        #expect(try harness.count("unfulfilledOrder") == 1)
        #expect(
            try harness.published(OrderDispatched.self).last?.purchaseOrderID
                == DispatchPartitioning.purchaseOrderID(order: id, attempt: 2))
    }

    @Test("R6: an abandoned dispatch refunds the order and tells the customer; a late exhaustion tells no one")
    func abandonedThenLateExhaustion() async throws {
        // Given a dispatched order
        let harness = try OrdersHarness()
        let id = try await Self.releasedOrder(harness)
        try harness.deliver(Self.sent(id, at: ServiceFixtures.t(490)))

        // When Dispatch abandons it, then it is refunded, out of the queue, and the customer is told
        try harness.deliver(DispatchAbandoned(orderID: id, at: Self.refundAt))
        #expect(try await harness.show(id).status == .refunded)
        #expect(try harness.count("unfulfilledOrder") == 0)
        #expect(try harness.queuedMails().map(\.id).contains("orders.\(id).refund"))

        // When an exhaustion arrives after that, then nothing is published or mailed
        let published = try harness.published()
        let mails = try harness.queuedMails().map(\.id)
        try harness.deliver(Self.exhausted(id, suppliers: ["sup_sz"], at: Self.refundAt.addingTimeInterval(1)))
        #expect(try harness.published() == published)
        #expect(try harness.queuedMails().map(\.id) == mails)
    }

    @Test("R6: an exhaustion about an order never released is dead-lettered with the domain's sentence")
    func exhaustionBeforeReleaseIsDeadLettered() async throws {
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        #expect {
            try harness.deliver(Self.exhausted(id, suppliers: ["sup_sz"], at: ServiceFixtures.t(5)))
        } throws: { error in
            (error as? StreamFeed.NotApplied)?.errors == [OrderError.neverReleased(id, .placed).description]
        }
        #expect(try harness.publishedTypes(of: id) == ["order.placed"])
    }
}
