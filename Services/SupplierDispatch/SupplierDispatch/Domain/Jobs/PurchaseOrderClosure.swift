import Contracts

/// How a purchase order closed. An open purchase order has none.
public enum PurchaseOrderClosure: Codable, Hashable, Sendable {
    /// The supplier shipped it as the order's shipment (`PurchaseOrderShipped`).
    case shipped
    /// It closed without shipping and the next supplier was tried (`PurchaseOrderFailed`).
    case failed(PurchaseOrderFailure)
    /// The order was cancelled and the supplier confirmed it, refused it, or shipped it anyway (R15).
    case cancelled
}
