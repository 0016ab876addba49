import Foundation

/// R15: the supplier confirmed the cancellation; nothing will ship.
public struct PurchaseOrderCancelled: EventPayload, Equatable {
    public static let eventType = "purchase_order.cancelled"
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
