/// Why an amount could not be computed (`Money`'s checked arithmetic): the result does not fit in 64-bit minor
/// units, or the two amounts are in different currencies. Each names the computation and its operands, as
/// `order total: 46116860184273879.04 EUR × 2 does not fit in 64-bit minor units`.
public enum MoneyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The result is beyond ±2^63 minor units.
    case overflow(computation: String, expression: String)
    /// The operands are in two currencies.
    case currencyMismatch(computation: String, expression: String)

    /// What was being computed (`order total`, `landed cost`).
    public var computation: String {
        switch self {
        case .overflow(let computation, _), .currencyMismatch(let computation, _): computation
        }
    }

    public var description: String {
        switch self {
        case .overflow(let computation, let expression):
            "\(computation): \(expression) does not fit in 64-bit minor units"
        case .currencyMismatch(let computation, let expression):
            "\(computation): \(expression) mixes two currencies"
        }
    }
}
