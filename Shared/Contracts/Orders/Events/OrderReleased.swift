import Foundation

/// R5: the order entered the merchant's Unfulfilled Orders queue; the merchant gets "New Transactions".
public struct OrderReleased: EventPayload, Equatable {
    public static let eventType = "order.released"
    public var orderID: OrderID
    /// The last of R5's facts to arrive.
    public var cause: TransitionCause
    /// The queue entry.
    public var unfulfilled: UnfulfilledOrder
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, cause: TransitionCause, unfulfilled: UnfulfilledOrder, at: Date,
        followUps: [FollowUp] = [.notifyMerchant]
    ) {
        self.orderID = orderID
        self.cause = cause
        self.unfulfilled = unfulfilled
        self.at = at
        self.followUps = followUps
    }
}
