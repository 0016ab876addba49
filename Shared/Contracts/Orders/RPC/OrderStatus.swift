/// Where an order is on its timeline (docs/architecture.md §1, "Order states"); the raw values are the JSON names.
///
/// `placed → (declined | cancelled | under_review ⇄ held) → released → dispatched (⇄ dispatch_exhausted) → shipped
/// → confirmed_fulfilled → delivered → eligible → paid`, with `refunded`, `returned` and `reshipped` branches.
/// The Orders service moves orders through R1–R5 and, on Dispatch's facts, to `dispatched`, `dispatch_exhausted`,
/// `shipped` or `refunded` (R6, R7, R15), and on Tracking's to `confirmed_fulfilled`, `delivered` or `refunded`
/// (R8, R10, R11); the later states are named here for the services that will drive them.
public enum OrderStatus: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Placed with stock reserved, waiting for the payment authorisation (R1, R2, R3).
    case placed
    /// A reviewer must approve or reject the order before it can be released (R4).
    case underReview = "under_review"
    /// Payment authorised; waiting for the 8-hour fraud hold to end (R4).
    case held
    /// In the merchant's Unfulfilled Orders queue (R5).
    case released
    /// The payment was declined; the order ended (R3).
    case declined
    /// Cancelled by the customer during the hold, or rejected by a reviewer (R4, R15).
    case cancelled
    /// A purchase order reached a supplier (R6).
    case dispatched
    /// Every supplier tried failed (`order.dispatch_exhausted`): still in the Unfulfilled Orders queue, refunded
    /// 72 hours later unless a `dispatch retry` finds a supplier (then `dispatched` again) or the merchant cancels
    /// (R6).
    case dispatchExhausted = "dispatch_exhausted"
    /// The supplier shipped with a carrier and tracking number (R7, R9).
    case shipped
    /// The carrier scanned the parcel for the first time (R10).
    case confirmedFulfilled = "confirmed_fulfilled"
    /// The carrier's delivery scan, or the customer's confirmation of receipt, whichever came first (R11).
    case delivered
    case eligible
    case paid
    /// Refunded before it shipped: no supplier took it (R6), or it was not shipped within 5 days of release (R8).
    case refunded
    case returned
    case reshipped

    public var description: String { rawValue }
}
