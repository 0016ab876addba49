import Foundation

/// R6, R7: the purchase order closed without shipping; Dispatch turns to the next supplier, if any.
public struct PurchaseOrderFailed: EventPayload, Equatable {
    public static let eventType = "purchase_order.failed"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var failure: PurchaseOrderFailure
    /// The supplier's own words, when it gave a reason.
    public var detail: String?
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, failure: PurchaseOrderFailure,
        detail: String?, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.failure = failure
        self.detail = detail
        self.at = at
    }
}
