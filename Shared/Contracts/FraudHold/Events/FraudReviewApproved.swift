import Foundation

/// A reviewer approved the order. `releasesOrder` is true when the hold had already ended (R4, R5).
public struct FraudReviewApproved: EventPayload, Hashable {
    public static let eventType = "fraud.review_approved"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var round: Int
    public var reviewer: String
    public var approvedAt: Date
    /// True when approval came after the hold ended, so the order is released now.
    public var releasesOrder: Bool

    public init(
        orderID: OrderID, merchantID: MerchantID, round: Int, reviewer: String, approvedAt: Date, releasesOrder: Bool
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.round = round
        self.reviewer = reviewer
        self.approvedAt = approvedAt
        self.releasesOrder = releasesOrder
    }
}
