import Contracts
import Foundation

/// One customer's order as `CustomerGenerator` makes it: the placement, and what the simulation knows about it
/// that the mesh must find out for itself (how the payment goes, whether the order is risky or fraudulent, and
/// whether the customer cancels it during the hold).
public struct GeneratedOrder: Hashable, Sendable {
    /// What the test gateway does with the order's token (R3).
    public enum Payment: String, Hashable, Sendable, CaseIterable {
        /// Authorised at once.
        case approve
        /// Declined: the order ends `declined`.
        case decline
        /// A transient failure on the first attempt, authorised on the retry.
        case transient
    }

    /// A fraud signal the order carries on purpose (R4); risky orders carry two, so that they reach review.
    public enum RiskTrait: String, Hashable, Sendable, CaseIterable, Comparable {
        /// The email is at a disposable-address provider (`disposable_email`).
        case disposableEmail = "disposable_email"
        /// The card was issued in another country than the one the order ships to (`country_mismatch`).
        case cardCountryMismatch = "country_mismatch"
        /// The listing's per-order limit, a large first order (`first_order_high_amount`).
        case largeQuantity = "large_quantity"

        public static func < (lhs: RiskTrait, rhs: RiskTrait) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The 0-based position in the generator's sequence.
    public var index: Int
    /// The customer's number: the index of their first order, kept when they come back.
    public var customer: Int
    public var placement: PlacementRequest
    public var payment: Payment
    /// Empty for an ordinary order.
    public var riskTraits: Set<RiskTrait>
    /// Whether a reviewer who investigates the order would reject it; only risky orders are fraudulent.
    public var isFraud: Bool
    /// The customer cancels this many seconds after placing the order, within the 8-hour hold (R4, R15); nil
    /// when the customer keeps it.
    public var cancelAfter: TimeInterval?

    /// Whether the order carries fraud signals on purpose.
    public var isRisky: Bool { !riskTraits.isEmpty }

    /// Whether the customer ordered before (same name, email, address and card).
    public var isReturning: Bool { customer != index }
}
