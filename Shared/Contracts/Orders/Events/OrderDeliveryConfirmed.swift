import Foundation

/// R11: the customer confirmed they received the order (`orders.confirm_delivery`), once per order. Tracking ends
/// the parcel's follow-up; R12 counts 5 days from here for orders outside Confirmed Delivery.
public struct OrderDeliveryConfirmed: EventPayload, Equatable {
    public static let eventType = "order.delivery_confirmed"
    public var orderID: OrderID
    public var at: Date

    public init(orderID: OrderID, at: Date) {
        self.orderID = orderID
        self.at = at
    }
}
