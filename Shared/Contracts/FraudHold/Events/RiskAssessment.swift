/// The risk verdict on one order, carried by `fraud.hold_started`: the score, the threshold it was compared
/// with, and every fired rule with its explanation, so that each order keeps its reasons (R4).
public struct RiskAssessment: Hashable, Sendable, Codable {
    public var orderID: OrderID
    /// The sum of the fired rules' weights.
    public var score: Int
    /// The policy's review threshold at the time of the assessment.
    public var reviewThreshold: Int
    /// Fired rules, in the policy's rule order.
    public var reasons: [RiskReason]

    /// The assessment of `reasons`, scored as the sum of their weights.
    public init(orderID: OrderID, reasons: [RiskReason], reviewThreshold: Int) {
        self.orderID = orderID
        self.score = reasons.reduce(0) { $0 + $1.weight }
        self.reviewThreshold = reviewThreshold
        self.reasons = reasons
    }

    /// True when the order goes `under_review`: the score reaches the threshold.
    public var needsReview: Bool { score >= reviewThreshold }
}
