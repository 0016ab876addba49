/// Why reserved units went back to available (R2), as carried by `stock.released`.
public enum ReleaseReason: String, Sendable, Codable, CaseIterable {
    case cancelled
    case declined
    case rejected
    /// A pending reservation outlived its time-to-live without `order.placed`.
    case expired
    /// The order was refunded before it shipped (R6, R8).
    case refunded
    /// The units had gone to a purchase order whose cancellation the supplier confirmed (R8, R15): no purchase
    /// order claims them any more.
    case purchaseOrderCancelled = "purchase_order_cancelled"
}
