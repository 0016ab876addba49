import Foundation

/// R9: a purchase order shipped, and Tracking follows its parcel from now on.
public struct ShipmentRegistered: EventPayload, Equatable {
    public static let eventType = "shipment.registered"
    public var orderID: OrderID
    public var purchaseOrderID: PurchaseOrderID
    public var merchantID: MerchantID
    public var supplierID: SupplierID
    /// The carrier the supplier shipped with, as its ship report named it.
    public var carrier: String
    public var trackingNumber: String
    /// What Dispatch asked for; nil when the purchase order named none.
    public var choice: ShippingChoice?
    /// Whether the supplier shipped with another carrier than `choice` names.
    public var isCarrierMismatch: Bool
    public var destination: CountryCode
    public var expectedDelivery: DeliveryWindow
    /// When the parcel went to the carrier.
    public var at: Date

    public init(
        orderID: OrderID, purchaseOrderID: PurchaseOrderID, merchantID: MerchantID, supplierID: SupplierID,
        carrier: String, trackingNumber: String, choice: ShippingChoice?, isCarrierMismatch: Bool,
        destination: CountryCode, expectedDelivery: DeliveryWindow, at: Date
    ) {
        self.orderID = orderID
        self.purchaseOrderID = purchaseOrderID
        self.merchantID = merchantID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.choice = choice
        self.isCarrierMismatch = isCarrierMismatch
        self.destination = destination
        self.expectedDelivery = expectedDelivery
        self.at = at
    }
}
