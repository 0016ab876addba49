import Foundation

/// R4: a reviewer must decide; the merchant is told.
public struct OrderUnderReview: EventPayload, Equatable {
    public static let eventType = "order.under_review"
    public var orderID: OrderID
    /// The risk rules that flagged the order.
    public var reasons: [String]
    public var at: Date
    public var followUps: [FollowUp]

    public init(orderID: OrderID, reasons: [String], at: Date, followUps: [FollowUp] = [.notifyMerchant]) {
        self.orderID = orderID
        self.reasons = reasons
        self.at = at
        self.followUps = followUps
    }
}
