import Foundation

/// `supplier.cancel`: Dispatch withdraws a purchase order (order cancelled, or the supplier too late).
public struct PurchaseOrderCancellation: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    /// The domain time Dispatch asked at; with simulated time the supplier cancels no earlier (docs/architecture.md
    /// §4). Nil from a sender that does not say.
    public var requestedAt: Date?

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, requestedAt: Date? = nil) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.requestedAt = requestedAt
    }
}
