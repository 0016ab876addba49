import Foundation

/// An order went `under_review`: the reviewers' queue gains it and its merchant is told (R4).
public struct FraudReviewOpened: EventPayload, Hashable {
    public static let eventType = "fraud.review_opened"
    public var orderID: OrderID
    public var merchantID: MerchantID
    /// 1 for the first review, higher after a reopen.
    public var round: Int
    public var reasons: [RiskReason]
    public var openedAt: Date

    public init(orderID: OrderID, merchantID: MerchantID, round: Int, reasons: [RiskReason], openedAt: Date) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.round = round
        self.reasons = reasons
        self.openedAt = openedAt
    }
}
