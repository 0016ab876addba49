import Contracts
import Foundation

/// R8, R10: a fulfilment deadline passed, and Tracking recorded an infraction against the merchant.
extension Order {
    /// The follow-ups of R8's refund: the units back, the payment back, the customer and the merchant told (the
    /// merchant also hears of the infraction and its penalty).
    public static let lateFulfillmentFollowUps: [FollowUp] = [
        .returnStock, .voidOrRefundPayment, .notifyCustomer, .notifyMerchant,
    ]

    /// R8, R10: Tracking recorded `fact`, one infraction of its kind per order.
    ///
    /// - `late_fulfillment` (not shipped within 5 days of release) while the order is still unshipped (`released`,
    ///   `dispatched`, `dispatch_exhausted`): it is `refunded` (cause `late_fulfillment`) with `order.refunded`
    ///   asking for the units back, the payment back and both mails; Dispatch cancels the open purchase order. The
    ///   merchant's mail names the infraction and its penalty. A `dispatch_exhausted` order has no open purchase
    ///   order: its refund says so (`hadNoOpenPurchaseOrder`), for Inventory to return the units at once.
    /// - `late_fulfillment` once the order shipped meanwhile (Dispatch's fact came first), or ended: only noted on
    ///   the timeline; the infraction stands, the order goes on.
    /// - `late_confirmed_fulfillment` (no first scan within 7 days of release): noted on the timeline, and the
    ///   merchant is told unless the order ended.
    ///
    /// A second infraction of the same kind changes nothing.
    /// - Throws: `neverReleased` for an order never released (no deadline of it can pass).
    public mutating func infractionRecorded(_ fact: InfractionRecorded) throws(OrderError) -> OrderOutcome {
        try requireReleased()
        let cause: TransitionCause = fact.kind == .lateFulfillment ? .lateFulfillment : .lateConfirmedFulfillment
        guard !timeline.contains(where: { $0.cause == cause }) else { return .none }
        if fact.kind == .lateFulfillment, status.isUnfulfilled {
            // Every purchase order of an exhausted order failed: none will be cancelled to give its units back.
            let wasExhausted = status == .dispatchExhausted
            enter(.refunded, at: fact.at, cause: .lateFulfillment)
            let refunded = OrderRefunded(
                orderID: id, cause: .lateFulfillment, at: fact.at, followUps: Self.lateFulfillmentFollowUps,
                hadNoOpenPurchaseOrder: wasExhausted ? true : nil)
            return OrderOutcome(events: [.refunded(refunded)], notices: [.infraction(fact, refunded: true)])
        }
        let penalty = fact.penalty.map { ", penalty \($0)" } ?? ""
        note(
            "\(fact.kind) infraction: deadline \(DomainTime.format(fact.deadline)) passed\(penalty)", cause: cause,
            at: fact.at)
        guard fact.kind == .lateConfirmedFulfillment, status != .refunded, status != .cancelled else { return .none }
        return OrderOutcome(notices: [.infraction(fact, refunded: false)])
    }
}
