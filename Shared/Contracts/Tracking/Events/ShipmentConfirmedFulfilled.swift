import Foundation

/// R10, R12: the carrier's first scan of the order's parcel; the order is confirmed fulfilled.
public struct ShipmentConfirmedFulfilled: EventPayload, Equatable {
    public static let eventType = "shipment.confirmed_fulfilled"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var carrier: String
    public var trackingNumber: String
    public var releasedAt: Date
    /// Within 7 days of release (R10); else a `late_confirmed_fulfillment` infraction was recorded.
    public var isWithinDeadline: Bool
    /// Within 30 days of release, which R12's eligibility requires.
    public var isWithinEligibilityWindow: Bool
    public var expectedDelivery: DeliveryWindow
    /// The first scan's time.
    public var at: Date

    public init(
        orderID: OrderID, merchantID: MerchantID, carrier: String, trackingNumber: String, releasedAt: Date,
        isWithinDeadline: Bool, isWithinEligibilityWindow: Bool, expectedDelivery: DeliveryWindow, at: Date
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.releasedAt = releasedAt
        self.isWithinDeadline = isWithinDeadline
        self.isWithinEligibilityWindow = isWithinEligibilityWindow
        self.expectedDelivery = expectedDelivery
        self.at = at
    }
}
