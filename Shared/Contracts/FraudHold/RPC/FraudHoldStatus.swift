/// Where an order stands in the fraud hold (R4): `held ⇄ under_review`, then `released`, `rejected`, or
/// `closed` when the order was cancelled or declined first.
public enum FraudHoldStatus: String, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Inside the hold, no review open.
    case held
    /// A review case is open; the order is not released even when the hold ends.
    case underReview = "under_review"
    /// The hold ended with no review pending: the order may be released to the merchant (R5).
    case released
    /// A reviewer rejected the order: cancel it, void the payment, give the stock back.
    case rejected
    /// The order was cancelled or declined during the hold: no release, no further review (R4, R15).
    case closed

    public var description: String { rawValue }
}
