import Foundation

/// R6, R8, R15: a released order was refunded before it shipped: no supplier could ship it (`dispatch_abandoned`),
/// or it was not shipped within 5 days of release (`late_fulfillment`). Its units go back, the payment is refunded,
/// the customer told; for `late_fulfillment` the merchant too, and Dispatch cancels the open purchase order.
public struct OrderRefunded: EventPayload, Equatable {
    public static let eventType = "order.refunded"
    public var orderID: OrderID
    public var cause: TransitionCause
    public var at: Date
    public var followUps: [FollowUp]
    /// R8: true when the order was `dispatch_exhausted`, every purchase order of it failed, so that none claims its
    /// units and no cancellation will give them back: Inventory returns them with the refund, as after R6's
    /// abandoned dispatch. Nil otherwise.
    public var hadNoOpenPurchaseOrder: Bool?

    public init(
        orderID: OrderID, cause: TransitionCause, at: Date,
        followUps: [FollowUp] = [.returnStock, .voidOrRefundPayment, .notifyCustomer],
        hadNoOpenPurchaseOrder: Bool? = nil
    ) {
        self.orderID = orderID
        self.cause = cause
        self.at = at
        self.followUps = followUps
        self.hadNoOpenPurchaseOrder = hadNoOpenPurchaseOrder
    }
}
