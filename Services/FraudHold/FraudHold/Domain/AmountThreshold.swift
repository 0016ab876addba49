import Contracts

/// An amount limit that applies in any currency: `majorUnits` whole units (100 → 100.00 USD, 100 EUR,
/// 100 JPY), unless `overrides` gives the currency its own limit in minor units, as currencies worth far less
/// than a dollar need. `scaled(_:)` fills `overrides` from the fraud policy's table (`unitsPerDollar`).
public struct AmountThreshold: Hashable, Sendable {
    /// Whole units of the order's currency.
    public var majorUnits: Int64
    /// Minor units per currency, replacing `majorUnits` for that currency.
    public var overrides: [CurrencyCode: Int64]

    public init(majorUnits: Int64, overrides: [CurrencyCode: Int64] = [:]) {
        self.majorUnits = majorUnits
        self.overrides = overrides
    }

    /// The limit in `currency`; a limit beyond 64-bit minor units is the largest amount (`Int64.max`), which no
    /// order exceeds.
    public func amount(in currency: CurrencyCode) -> Money {
        if let minor = overrides[currency] { return Money(minorUnits: minor, currency: currency) }
        return Money(minorUnits: Self.saturatingProduct(majorUnits, currency), currency: currency)
    }

    /// `units` whole units of `currency` (times `factor`) in its minor units, or `Int64.max` when the product does
    /// not fit: a policy limit never traps.
    static func saturatingProduct(_ units: Int64, _ currency: CurrencyCode, factor: Int64 = 1) -> Int64 {
        var product = units
        for multiplier in [factor] + Array(repeating: 10, count: currency.minorUnits) {
            let (next, overflow) = product.multipliedReportingOverflow(by: multiplier)
            guard !overflow else { return .max }
            product = next
        }
        return product
    }
}
