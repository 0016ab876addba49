import Foundation

/// Why a purchase order closed without shipping, so that the next supplier is tried (R6, R7).
public enum PurchaseOrderFailure: String, Sendable, Codable, CaseIterable {
    /// The supplier said no.
    case rejected
    /// The supplier has not got the units.
    case outOfStock = "out_of_stock"
    /// No acknowledgement by the deadline; Dispatch cancelled it at the supplier.
    case notAcknowledged = "not_acknowledged"
    /// Not shipped within 48 hours of the purchase order; Dispatch cancelled it at the supplier.
    case shipDeadlineMissed = "ship_deadline_missed"
    /// The supplier connector can never take its request, whoever the supplier (larger than
    /// `SupplierConnectorLimits.maximumRequestBytes`: the listing's text is too long). Nothing reached the supplier,
    /// so it is not held against it; no other supplier is tried, since each would get the same request, and the
    /// dispatch is exhausted for the merchant to fix the listing and retry.
    case undeliverable
}
