import Contracts

/// A timer a dispatch job asks the service to keep (`.schedule`) and to report back when due (`deadlinePassed`).
///
/// A purchase order's timers name it, so that a timer of a purchase order closed since is recognised as stale and
/// ignored; the service need not delete timers.
public enum DispatchDeadline: Codable, Hashable, Sendable {
    /// R7: the purchase order must be acknowledged by now.
    case acknowledge(PurchaseOrderID)
    /// R7: the purchase order must be shipped by now.
    case ship(PurchaseOrderID)
    /// R6: an exhausted dispatch is abandoned now, and the customer refunded.
    case refund
}
