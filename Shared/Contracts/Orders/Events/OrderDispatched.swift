import Foundation

/// R6: the first purchase order of a released order reached a supplier, or, after every supplier had failed
/// (`order.dispatch_exhausted`), a retry's purchase order did.
public struct OrderDispatched: EventPayload, Equatable {
    public static let eventType = "order.dispatched"
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var purchaseOrderID: PurchaseOrderID
    public var at: Date

    public init(orderID: OrderID, supplierID: SupplierID, purchaseOrderID: PurchaseOrderID, at: Date) {
        self.orderID = orderID
        self.supplierID = supplierID
        self.purchaseOrderID = purchaseOrderID
        self.at = at
    }
}
