import Contracts
import Foundation

/// The result of `fraud.show`: where an order's hold stands, its assessment and every review round (R4).
public struct HoldView: Codable, Sendable, Hashable {
    /// One review round as a reviewer reads it.
    public struct Review: Codable, Sendable, Hashable {
        public var round: Int
        public var reasons: [RiskReason]
        public var openedAt: Date
        /// `approved` or `rejected`; nil while the round is open.
        public var decision: String?
        public var reviewer: String?
        public var decidedAt: Date?
        /// Why the reviewer rejected the order.
        public var rejectionReason: String?
        /// True when the approval came after the hold's end and so released the order.
        public var releasedOrder: Bool?

        init(_ round: ReviewCase) {
            self.round = round.round
            reasons = round.reasons
            openedAt = round.openedAt
            switch round.decision {
            case nil:
                break
            case .approved(let by, let at, let released):
                (decision, reviewer, decidedAt, releasedOrder) = ("approved", by, at, released)
            case .rejected(let by, let reason, let at):
                (decision, reviewer, decidedAt, rejectionReason) = ("rejected", by, at, reason)
            }
        }
    }

    public var orderID: OrderID
    public var merchantID: MerchantID
    public var status: FraudHoldStatus
    public var placedAt: Date
    public var startedAt: Date
    public var holdEnds: Date
    /// When the hold timer fired; nil before (and for a hold rejected or closed before its end).
    public var holdEndedAt: Date?
    /// When the order was cancelled or declined during the hold.
    public var closedAt: Date?
    public var assessment: RiskAssessment
    /// Oldest first.
    public var reviews: [Review]

    init(_ hold: FraudHold) {
        orderID = hold.orderID
        merchantID = hold.merchantID
        status = hold.status
        placedAt = hold.placedAt
        startedAt = hold.startedAt
        holdEnds = hold.holdEnds
        holdEndedAt = hold.ended?.endedAt
        closedAt = hold.closedAt
        assessment = hold.assessment
        reviews = hold.reviews.map(Review.init)
    }
}
