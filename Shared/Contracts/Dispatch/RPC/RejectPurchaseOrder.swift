import Foundation

/// `purchase_orders.reject`: the supplier will not ship it. Refused unless `supplierID` is the supplier that holds
/// the purchase order (R7).
public struct RejectPurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// The supplier answering: the one the purchase order was sent to.
    public var supplierID: SupplierID
    /// `rejected` or `out_of_stock`.
    public var reason: PurchaseOrderFailure
    public var detail: String?
    /// The domain time the supplier refused at; with simulated time Dispatch records it no earlier
    /// (docs/architecture.md §4). Nil from a supplier that does not say.
    public var at: Date?

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, reason: PurchaseOrderFailure, detail: String? = nil,
        at: Date? = nil
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.reason = reason
        self.detail = detail
        self.at = at
    }
}
