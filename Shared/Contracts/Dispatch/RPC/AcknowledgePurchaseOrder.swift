import Foundation

/// `purchase_orders.acknowledge`: the supplier takes the purchase order on.
public struct AcknowledgePurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// The domain time the supplier acknowledged at; with simulated time Dispatch records it no earlier
    /// (docs/architecture.md §4). Nil from a supplier that does not say.
    public var at: Date?

    public init(purchaseOrderID: PurchaseOrderID, at: Date? = nil) {
        self.purchaseOrderID = purchaseOrderID
        self.at = at
    }
}
