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
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, carrier: String,
        trackingNumber: String, isOnTime: Bool, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.isOnTime = isOnTime
        self.at = at
    }
}
