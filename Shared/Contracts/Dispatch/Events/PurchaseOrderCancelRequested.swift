import Foundation

/// R15: the order was cancelled after release; Dispatch asked the supplier to cancel its open purchase order.
public struct PurchaseOrderCancelRequested: EventPayload, Equatable {
    public static let eventType = "purchase_order.cancel_requested"
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
