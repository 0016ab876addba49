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
}
