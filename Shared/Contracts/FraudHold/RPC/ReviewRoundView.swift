import Foundation

/// One review round of an order's hold as a reviewer reads it in `fraud.show` (`HoldView.reviews`) (R4).
public struct ReviewRoundView: Codable, Sendable, Hashable {
    /// 1 for the first review, 2 after the first reopen, …
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

    public init(
        round: Int, reasons: [RiskReason], openedAt: Date, decision: String? = nil, reviewer: String? = nil,
        decidedAt: Date? = nil, rejectionReason: String? = nil, releasedOrder: Bool? = nil
    ) {
        self.round = round
        self.reasons = reasons
        self.openedAt = openedAt
        self.decision = decision
        self.reviewer = reviewer
        self.decidedAt = decidedAt
        self.rejectionReason = rejectionReason
        self.releasedOrder = releasedOrder
    }
}
