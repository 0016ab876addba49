import Contracts
import Foundation
import Orders
import Testing

/// R6: Dispatch's report that every supplier failed is a fact about the order: it changes no status, is told to
/// the merchant once per exhaustion (`order.dispatch_exhausted`), and means nothing once the order has shipped
/// or ended, whatever order Dispatch's facts arrive in.
struct DispatchExhaustionTests {
    static let released: [OrderInput] = [.authorise, .holdStart, .holdEnd]
    static let refundAt = OrderFixture.t(600 + 72 * 60)

    /// Three suppliers that each failed, or the first `count` of a longer list after a retry.
    static func attempts(_ count: Int = 3) -> [DispatchAttempt] {
        (1...count).map { DispatchAttempt(supplierID: SupplierID(rawValue: "sup_\($0)"), failure: .rejected) }
    }

    /// One of Dispatch's facts about a released order.
    enum DispatchFact: String, CaseIterable, Sendable {
        case sent, exhausted, abandoned, shipped

        func apply(to order: inout Order, at: Date) throws(OrderError) -> [OrderEvent] {
            switch self {
            case .sent:
                try order.purchaseOrderSent(
                    DispatchPartitioning.purchaseOrderID(order: order.id, attempt: 1), supplierID: "sup_1", at: at)
            case .exhausted:
                try order.dispatchExhausted(
                    attempts: DispatchExhaustionTests.attempts(), refundAt: DispatchExhaustionTests.refundAt, at: at)
            case .abandoned: try order.dispatchAbandoned(at: at)
            case .shipped:
                try order.supplierShipped(supplierID: "sup_1", carrier: "UPS", trackingNumber: "1Z999", at: at)
            }
        }
    }

    @Test("R6: the exhaustion is published whole, changes no status, and a redelivery is a no-op")
    func exhaustionIsToldOnce() throws {
        // Given a dispatched order
        var order = try OrderFixture.order(after: Self.released)
        _ = try DispatchFact.sent.apply(to: &order, at: OrderFixture.t(600))
        let timeline = order.timeline

        // When every supplier failed
        let events = try order.dispatchExhausted(
            attempts: Self.attempts(), refundAt: Self.refundAt, at: OrderFixture.t(700))

        // Then the fact names the order, its merchant, the attempts and the refund time; the status stays
        let exhausted = try #require(events.only?.dispatchExhaustedEvent)
        #expect(
            exhausted
                == OrderDispatchExhausted(
                    orderID: "ord_1", merchantID: "mer_1", attempts: Self.attempts(), refundAt: Self.refundAt,
                    at: OrderFixture.t(700)))
        #expect(exhausted.followUps == [.notifyMerchant] && events.map(\.eventType) == ["order.dispatch_exhausted"])
        #expect(order.status == .dispatched && order.exhaustedAttempts == 3 && order.timeline == timeline)

        // And the same report again, or an older one with fewer attempts, changes nothing
        let once = order
        #expect(
            try order.dispatchExhausted(attempts: Self.attempts(), refundAt: Self.refundAt, at: OrderFixture.t(701))
                .isEmpty)
        #expect(
            try order.dispatchExhausted(attempts: Self.attempts(2), refundAt: Self.refundAt, at: OrderFixture.t(702))
                .isEmpty)
        #expect(order == once)

        // When a retry's suppliers fail too, then the longer list is told again
        let again = try order.dispatchExhausted(
            attempts: Self.attempts(5), refundAt: OrderFixture.t(9000), at: OrderFixture.t(800))
        #expect(again.only?.dispatchExhaustedEvent?.attempts.count == 5 && order.exhaustedAttempts == 5)
    }

    /// Every order of the first purchase order, the exhaustion and the order's end (abandoned or shipped).
    static let arrivals: [[DispatchFact]] = [DispatchFact.abandoned, .shipped].flatMap { end in
        permutations(of: [.sent, .exhausted, end])
    }

    @Test(
        "R6: in every arrival order, the exhaustion is told only while the order waits for a supplier",
        arguments: arrivals)
    func everyArrivalOrder(_ facts: [DispatchFact]) throws {
        // Given a released order
        var order = try OrderFixture.order(after: Self.released)
        let end = facts.first { $0 == .abandoned || $0 == .shipped } ?? .abandoned
        var emitted: [OrderEvent] = []

        // When Dispatch's facts arrive in this order, a minute apart
        for (index, fact) in facts.enumerated() {
            emitted += try fact.apply(to: &order, at: OrderFixture.t(600 + index))
        }

        // Then the order ends as its last fact says, and the exhaustion was told iff it came before that end
        let toldExhaustion = facts.firstIndex(of: .exhausted)! < facts.firstIndex(of: end)!
        #expect(order.status == (end == .abandoned ? .refunded : .shipped))
        #expect(emitted.compactMap(\.dispatchExhaustedEvent).count == (toldExhaustion ? 1 : 0))
        #expect(order.exhaustedAttempts == (toldExhaustion ? 3 : 0))

        // And every fact delivered again changes nothing
        let settled = order
        for (index, fact) in facts.enumerated() {
            #expect(try fact.apply(to: &order, at: OrderFixture.t(700 + index)).isEmpty, "\(fact) again")
        }
        #expect(order == settled)
    }

    @Test(
        "R6: an exhaustion about an order never released throws; one about a cancelled order changes nothing",
        arguments: [[], [OrderInput.authorise], [.reviewOpen], [.decline]])
    func exhaustionBeforeRelease(before: [OrderInput]) throws {
        var order = try OrderFixture.order(after: before)
        let status = order.status
        #expect(throws: OrderError.neverReleased("ord_1", status)) {
            try order.dispatchExhausted(attempts: Self.attempts(), refundAt: Self.refundAt, at: OrderFixture.t(600))
        }
        #expect(
            OrderError.neverReleased("ord_1", .held).description
                == "Order ord_1 is held; it was never released, so no supplier was asked to ship it.")

        var cancelled = try OrderFixture.order(after: Self.released)
        _ = try cancelled.cancelByMerchant(at: OrderFixture.t(500))
        #expect(
            try cancelled.dispatchExhausted(attempts: Self.attempts(), refundAt: Self.refundAt, at: OrderFixture.t(600))
                .isEmpty)
    }

    private static func permutations(of facts: [DispatchFact]) -> [[DispatchFact]] {
        guard facts.count > 1 else { return [facts] }
        return facts.indices.flatMap { index in
            var rest = facts
            let first = rest.remove(at: index)
            return permutations(of: rest).map { [first] + $0 }
        }
    }
}
