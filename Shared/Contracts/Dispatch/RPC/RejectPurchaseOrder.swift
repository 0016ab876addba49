import Foundation

/// `purchase_orders.reject`: the supplier will not ship it.
public struct RejectPurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// `rejected` or `out_of_stock`.
    public var reason: PurchaseOrderFailure
    public var detail: String?

    public init(purchaseOrderID: PurchaseOrderID, reason: PurchaseOrderFailure, detail: String? = nil) {
        self.purchaseOrderID = purchaseOrderID
        self.reason = reason
        self.detail = detail
    }
}
