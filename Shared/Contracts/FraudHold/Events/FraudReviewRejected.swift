import Foundation

/// A reviewer rejected the order: cancel it, void the payment, give the stock back (R4).
public struct FraudReviewRejected: EventPayload, Hashable {
    public static let eventType = "fraud.review_rejected"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var round: Int
    public var reviewer: String
    public var reason: String
    public var rejectedAt: Date

    public init(
        orderID: OrderID, merchantID: MerchantID, round: Int, reviewer: String, reason: String, rejectedAt: Date
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.round = round
        self.reviewer = reviewer
        self.reason = reason
        self.rejectedAt = rejectedAt
    }
}
