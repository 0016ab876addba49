import Foundation

/// R7, R9: the supplier shipped the order with a carrier and a tracking number.
public struct PurchaseOrderShipped: EventPayload, Equatable {
    public static let eventType = "purchase_order.shipped"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    /// Shipped within 48 hours of the purchase order (R7).
    public var isOnTime: Bool
    /// R9: the carrier Dispatch chose for the purchase order (`PurchaseOrderSent.shipping`); nil when it chose none.
    public var requiredCarrier: String?
    /// R9: the supplier shipped with another carrier than `requiredCarrier`: the shipment stands (the parcel is
    /// real) and counts against the supplier's scorecard. False in events of earlier versions.
    public var isCarrierMismatch: Bool
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, carrier: String,
        trackingNumber: String, isOnTime: Bool, requiredCarrier: String? = nil, isCarrierMismatch: Bool = false,
        at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.isOnTime = isOnTime
        self.requiredCarrier = requiredCarrier
        self.isCarrierMismatch = isCarrierMismatch
        self.at = at
    }

    /// Reads `isCarrierMismatch` as false when an event of an earlier version has no such key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        purchaseOrderID = try container.decode(PurchaseOrderID.self, forKey: .purchaseOrderID)
        orderID = try container.decode(OrderID.self, forKey: .orderID)
        supplierID = try container.decode(SupplierID.self, forKey: .supplierID)
        carrier = try container.decode(String.self, forKey: .carrier)
        trackingNumber = try container.decode(String.self, forKey: .trackingNumber)
        isOnTime = try container.decode(Bool.self, forKey: .isOnTime)
        requiredCarrier = try container.decodeIfPresent(String.self, forKey: .requiredCarrier)
        isCarrierMismatch = try container.decodeIfPresent(Bool.self, forKey: .isCarrierMismatch) ?? false
        at = try container.decode(Date.self, forKey: .at)
    }
}
