import Contracts

/// One thing a supplier did that its scorecard counts (R7). Dispatch jobs emit these as `.score` effects so that
/// the service updates the supplier's card in the same transaction as the job.
public enum SupplierScoreFact: Codable, Hashable, Sendable {
    /// A purchase order reached the supplier.
    case sent
    /// The supplier acknowledged a purchase order this many seconds after it was sent.
    case acknowledged(afterSeconds: Int)
    /// The supplier shipped a purchase order; `onTime` when within 48 hours of it and never withdrawn.
    case shipped(onTime: Bool)
    /// A purchase order closed without shipping, for this reason.
    case failed(PurchaseOrderFailure)
    /// A customer reported the supplier's shipment wrong or damaged.
    case problemReported
    /// R9: the supplier shipped with another carrier than the one Dispatch chose.
    case carrierMismatch
}
