import Foundation

/// A review was approved before the payment was authorised: the order waits for payment again (`placed`).
public struct OrderAwaitingPayment: EventPayload, Equatable {
    public static let eventType = "order.awaiting_payment"
    public var orderID: OrderID
    public var at: Date

    public init(orderID: OrderID, at: Date) {
        self.orderID = orderID
        self.at = at
    }
}
