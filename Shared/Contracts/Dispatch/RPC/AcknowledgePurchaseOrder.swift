import Foundation

/// `purchase_orders.acknowledge`: the supplier takes the purchase order on. Refused unless `supplierID` is the
/// supplier that holds the purchase order (R7).
public struct AcknowledgePurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// The supplier answering: the one the purchase order was sent to. The supplier connector names it on every
    /// call (and the HTTP gateway will take it from the supplier's API key).
    public var supplierID: SupplierID
    /// The domain time the supplier acknowledged at; with simulated time Dispatch records it no earlier
    /// (docs/architecture.md §4). Nil from a supplier that does not say.
    public var at: Date?

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, at: Date? = nil) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.at = at
    }
}
