import Foundation

/// `purchase_orders.reject`: the supplier will not ship it.
public struct RejectPurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// `rejected` or `out_of_stock`.
    public var reason: PurchaseOrderFailure
    public var detail: String?
    /// The domain time the supplier refused at; with simulated time Dispatch records it no earlier
    /// (docs/architecture.md §4). Nil from a supplier that does not say.
    public var at: Date?

    public init(
        purchaseOrderID: PurchaseOrderID, reason: PurchaseOrderFailure, detail: String? = nil, at: Date? = nil
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.reason = reason
        self.detail = detail
        self.at = at
    }
}
