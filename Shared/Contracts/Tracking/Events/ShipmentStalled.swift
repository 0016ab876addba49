import Foundation

/// R10: a parcel had no scan for `stalled_after_days`; the merchant is alerted and the supplier asked to follow up.
public struct ShipmentStalled: EventPayload, Equatable {
    public static let eventType = "shipment.stalled"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    /// The last scan's time, or the shipment's when no scan came.
    public var lastHeardAt: Date
    public var silentDays: Int
    public var at: Date

    public init(
        orderID: OrderID, merchantID: MerchantID, supplierID: SupplierID, carrier: String, trackingNumber: String,
        lastHeardAt: Date, silentDays: Int, at: Date
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.lastHeardAt = lastHeardAt
        self.silentDays = silentDays
        self.at = at
    }
}
