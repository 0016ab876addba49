import Foundation

/// R6: no supplier shipped by the refund time; Orders refunds the customer and tells them.
public struct DispatchAbandoned: EventPayload, Equatable {
    public static let eventType = "dispatch.abandoned"
    public var orderID: OrderID
    public var at: Date
    public var followUps: [FollowUp]

    public init(orderID: OrderID, at: Date, followUps: [FollowUp] = [.voidOrRefundPayment, .notifyCustomer]) {
        self.orderID = orderID
        self.at = at
        self.followUps = followUps
    }
}
