import Foundation

/// R6, R15: a released order was refunded before it shipped (no supplier could ship it); the payment is
/// refunded and the customer told.
public struct OrderRefunded: EventPayload, Equatable {
    public static let eventType = "order.refunded"
    public var orderID: OrderID
    public var cause: TransitionCause
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, cause: TransitionCause, at: Date,
        followUps: [FollowUp] = [.voidOrRefundPayment, .notifyCustomer]
    ) {
        self.orderID = orderID
        self.cause = cause
        self.at = at
        self.followUps = followUps
    }
}
