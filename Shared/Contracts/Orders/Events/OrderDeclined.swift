import Foundation

/// R3: the payment was declined; the stock goes back and the customer is told.
public struct OrderDeclined: EventPayload, Equatable {
    public static let eventType = "order.declined"
    public var orderID: OrderID
    /// The payment provider's reason, e.g. `insufficient_funds`.
    public var reason: String
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, reason: String, at: Date, followUps: [FollowUp] = [.returnStock, .notifyCustomer]
    ) {
        self.orderID = orderID
        self.reason = reason
        self.at = at
        self.followUps = followUps
    }
}
