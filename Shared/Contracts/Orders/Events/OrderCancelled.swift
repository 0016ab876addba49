import Foundation

/// R4, R15: cancelled by the customer during the hold, or rejected by a reviewer; stock back, payment voided
/// or refunded, customer told.
public struct OrderCancelled: EventPayload, Equatable {
    public static let eventType = "order.cancelled"
    public var orderID: OrderID
    /// `customer_cancelled`, `review_rejected` or `merchant_cancelled` (after release, R15).
    public var cause: TransitionCause
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, cause: TransitionCause, at: Date,
        followUps: [FollowUp] = [.returnStock, .voidOrRefundPayment, .notifyCustomer]
    ) {
        self.orderID = orderID
        self.cause = cause
        self.at = at
        self.followUps = followUps
    }
}
