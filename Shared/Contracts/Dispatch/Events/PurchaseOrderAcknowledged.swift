import Foundation

/// R7: the supplier took the purchase order on.
public struct PurchaseOrderAcknowledged: EventPayload, Equatable {
    public static let eventType = "purchase_order.acknowledged"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.at = at
    }
}
