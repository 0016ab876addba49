/// An amount in integer minor units of an ISO 4217 currency: `Money(minorUnits: 1999, currency: EUR)` is €19.99.
///
/// Never a floating-point number. Arithmetic is checked and has no operators: `adding(_:for:)`,
/// `subtracting(_:for:)` and `multiplied(by:for:)` throw a `MoneyError` naming the computation when the result
/// does not fit in 64-bit minor units or the two amounts are in different currencies, so that no amount a
/// process receives can make it trap.
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
        let scale = (0..<digits).reduce(UInt64(1)) { value, _ in value * 10 }
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        let fraction = String(magnitude % scale)
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return "\(sign)\(magnitude / scale).\(padded) \(currency)"
    }

    /// This amount plus `other`, both in one currency.
    /// - Parameter computation: what the sum is, for the error (`"landed cost"`).
    /// - Throws: `MoneyError` when the currencies differ or the sum does not fit.
    public func adding(_ other: Money, for computation: String) throws(MoneyError) -> Money {
        try combined(with: other, "+", for: computation) { $0.addingReportingOverflow($1) }
    }

    /// This amount minus `other`, both in one currency.
    /// - Parameter computation: what the difference is, for the error.
    /// - Throws: `MoneyError` when the currencies differ or the difference does not fit.
    public func subtracting(_ other: Money, for computation: String) throws(MoneyError) -> Money {
        try combined(with: other, "−", for: computation) { $0.subtractingReportingOverflow($1) }
    }

    /// This amount times a quantity (`unit price × quantity`).
    /// - Parameter computation: what the product is, for the error (`"order total"`).
    /// - Throws: `MoneyError.overflow` when the product does not fit.
    public func multiplied(by quantity: Int, for computation: String) throws(MoneyError) -> Money {
        let factor = Int64(quantity)
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw .overflow(computation: computation, expression: "\(self) × \(quantity)") }
        return Money(minorUnits: product, currency: currency)
    }

    /// `self <operator> other` on the minor units, in one currency.
    private func combined(
        with other: Money, _ symbol: String, for computation: String,
        _ operation: (Int64, Int64) -> (partialValue: Int64, overflow: Bool)
    ) throws(MoneyError) -> Money {
        let expression = "\(self) \(symbol) \(other)"
        guard other.currency == currency else {
            throw .currencyMismatch(computation: computation, expression: expression)
        }
        let (result, overflow) = operation(minorUnits, other.minorUnits)
        guard !overflow else { throw .overflow(computation: computation, expression: expression) }
        return Money(minorUnits: result, currency: currency)
    }
}
