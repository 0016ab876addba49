import Contracts
import Foundation

/// The facts that move an order from placement to release or to its end (R3, R4, R5, R15).
///
/// Each input is idempotent: a repeated fact, a fact about an order that already ended (`declined`,
/// `cancelled`), or a review fact older than the latest one returns no event and changes nothing. A fact
/// that contradicts the order's history throws, and so does a customer's command that the order's state
/// forbids.
extension Order {
    /// R3: Payments authorised the payment. Moves `placed` to `held`, or releases the order if it was the
    /// last fact R5 waited for.
    public mutating func paymentAuthorised(at: Date) -> [OrderEvent] {
        guard status.isInHold, !conditions.paymentAuthorised else { return [] }
        conditions.paymentAuthorised = true
        return settle(at: at, cause: .paymentAuthorised)
    }

    /// R3: Payments declined the payment. Ends the order as `declined`; its event asks for the stock back and
    /// a message to the customer.
    /// - Throws: `paymentAlreadyAuthorised` if the payment was authorised before.
    public mutating func paymentDeclined(reason: String, at: Date) throws(OrderError) -> [OrderEvent] {
        guard !status.hasEndedBeforeRelease else { return [] }
        guard status.isInHold, !conditions.paymentAuthorised else { throw .paymentAlreadyAuthorised(id, status) }
        enter(.declined, at: at, cause: .paymentDeclined)
        return [.declined(OrderDeclined(orderID: id, reason: reason, at: at))]
    }

    /// R4: Fraud Hold started the hold and will end it at `until` (placement plus the hold policy, 8 hours by
    /// default). Records the time the customer may cancel until; changes no status, so returns no fact.
    public mutating func holdStarted(until: Date) {
        guard status.isInHold, !conditions.holdOver else { return }
        conditions.holdUntil = until
    }

    /// R4: the hold is over. Releases the order if it was the last fact R5 waited for.
    public mutating func holdEnded(at: Date) -> [OrderEvent] {
        guard status.isInHold, !conditions.holdOver else { return [] }
        conditions.holdOver = true
        return settle(at: at, cause: .holdEnded)
    }

    /// R4: the risk rules flagged the order, first or again after an approval: it goes `under_review` and
    /// cannot be released until a reviewer decides. Its fact carries the review's round and reasons, for the
    /// merchant's "Orders Under Review" notice.
    /// - Throws: `invalidTransition` once the order is released.
    public mutating func reviewOpened(_ review: ReviewRound, at: Date) throws(OrderError) -> [OrderEvent] {
        guard !status.hasEndedBeforeRelease, conditions.review != .pending, !isStaleReviewFact(at) else { return [] }
        guard status.isInHold else { throw .invalidTransition(id, from: status, to: .underReview) }
        conditions.review = .pending
        conditions.reviewReasons = review.reasons.map(\.ruleID)
        conditions.reviewUpdatedAt = at
        enter(.underReview, at: at, cause: .reviewOpened)
        return [.underReview(OrderUnderReview(orderID: id, reasons: conditions.reviewReasons, at: at), review)]
    }

    /// R4: a reviewer approved the order. It is released if the other facts are in (possibly after the 8 h),
    /// else it goes back to `held` or `placed`.
    /// - Throws: `noReviewOpen` if no review was opened.
    public mutating func reviewApproved(at: Date) throws(OrderError) -> [OrderEvent] {
        guard !status.hasEndedBeforeRelease, conditions.review != .approved, !isStaleReviewFact(at) else { return [] }
        guard conditions.review == .pending else { throw .noReviewOpen(id, status) }
        conditions.review = .approved
        conditions.reviewUpdatedAt = at
        return settle(at: at, cause: .reviewApproved)
    }

    /// R4: a reviewer rejected the order. It is `cancelled`; its event asks for the payment to be voided or
    /// refunded, the stock back, and a message to the customer.
    /// - Throws: `invalidTransition` once the order is released; `noReviewOpen` if no review is pending.
    public mutating func reviewRejected(at: Date) throws(OrderError) -> [OrderEvent] {
        guard !status.hasEndedBeforeRelease, !isStaleReviewFact(at) else { return [] }
        guard status.isInHold else { throw .invalidTransition(id, from: status, to: .cancelled) }
        guard conditions.review == .pending else { throw .noReviewOpen(id, status) }
        enter(.cancelled, at: at, cause: .reviewRejected)
        return [.cancelled(OrderCancelled(orderID: id, cause: .reviewRejected, at: at))]
    }

    /// R4, R15: the customer cancels during the hold (`placed`, `held` or `under_review`). The order is
    /// `cancelled`; its event asks for the stock back, the payment voided and a message to the customer.
    /// Cancelling a cancelled order changes nothing.
    /// - Throws: `notCancellable` once the order is released or declined.
    public mutating func cancelByCustomer(at: Date) throws(OrderError) -> [OrderEvent] {
        guard status != .cancelled else { return [] }
        guard status.isInHold else { throw .notCancellable(id, status) }
        enter(.cancelled, at: at, cause: .customerCancelled)
        return [.cancelled(OrderCancelled(orderID: id, cause: .customerCancelled, at: at))]
    }

    /// A review fact older than the latest one applied belongs to an earlier round (R4: an order can leave
    /// the review queue and come back), so a redelivery cannot approve or reopen the wrong round.
    private func isStaleReviewFact(_ at: Date) -> Bool {
        conditions.reviewUpdatedAt.map { at < $0 } ?? false
    }
}
