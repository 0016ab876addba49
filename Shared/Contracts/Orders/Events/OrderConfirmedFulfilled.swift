import Foundation

/// R10: the carrier's first scan of the order's parcel: the order is `confirmed_fulfilled`, and the customer is told
/// the carrier, the tracking number and when to expect the parcel ("confirmed shipped").
public struct OrderConfirmedFulfilled: EventPayload, Equatable {
    public static let eventType = "order.confirmed_fulfilled"
    public var orderID: OrderID
    public var carrier: String
    public var trackingNumber: String
    /// When the parcel is expected at the customer's door.
    public var expectedDelivery: DeliveryWindow
    /// Within 7 days of release (R10); else a `late_confirmed_fulfillment` infraction was recorded.
    public var isWithinDeadline: Bool
    /// The first scan's time.
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, carrier: String, trackingNumber: String, expectedDelivery: DeliveryWindow,
        isWithinDeadline: Bool, at: Date, followUps: [FollowUp] = [.notifyCustomer]
    ) {
        self.orderID = orderID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.expectedDelivery = expectedDelivery
        self.isWithinDeadline = isWithinDeadline
        self.at = at
        self.followUps = followUps
    }
}
