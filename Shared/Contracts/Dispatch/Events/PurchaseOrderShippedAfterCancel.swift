import Foundation

/// R15: a supplier shipped a cancelled purchase order; the shipment is recorded with who bears its cost.
public struct PurchaseOrderShippedAfterCancel: EventPayload, Equatable {
    public static let eventType = "purchase_order.shipped_after_cancel"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    public var cost: Money
    public var costBearer: CostBearer
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, carrier: String,
        trackingNumber: String, cost: Money, costBearer: CostBearer, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.cost = cost
        self.costBearer = costBearer
        self.at = at
    }
}
