/// An amount in integer minor units of an ISO 4217 currency: `Money(minorUnits: 1999, currency: EUR)` is €19.99.
///
/// Never a floating-point number. Arithmetic between two currencies is a programming error and traps;
/// callers compare currencies first (a refusal for input, a precondition for internal sums).
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    public var minorUnits: Int64
    public var currency: CurrencyCode

    public init(minorUnits: Int64, currency: CurrencyCode) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in `currency`.
    public static func zero(_ currency: CurrencyCode) -> Money { Money(minorUnits: 0, currency: currency) }

    /// `19.99 EUR`, `1500 JPY`, `1.250 BHD`.
    public var description: String {
        let digits = currency.minorUnits
        guard digits > 0 else { return "\(minorUnits) \(currency)" }
        let scale = (0..<digits).reduce(Int64(1)) { value, _ in value * 10 }
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        let fraction = String(magnitude % UInt64(scale))
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return "\(sign)\(magnitude / UInt64(scale)).\(padded) \(currency)"
    }

    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "adding \(rhs.currency) to \(lhs.currency)")
        return Money(minorUnits: lhs.minorUnits + rhs.minorUnits, currency: lhs.currency)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "subtracting \(rhs.currency) from \(lhs.currency)")
        return Money(minorUnits: lhs.minorUnits - rhs.minorUnits, currency: lhs.currency)
    }

    /// This amount times a quantity.
    public static func * (lhs: Money, quantity: Int) -> Money {
        Money(minorUnits: lhs.minorUnits * Int64(quantity), currency: lhs.currency)
    }
}
