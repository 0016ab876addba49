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

    /// The limit in `currency`.
    public func amount(in currency: CurrencyCode) -> Money {
        if let minor = overrides[currency] { return Money(minorUnits: minor, currency: currency) }
        let scale = (0..<currency.minorUnits).reduce(Int64(1)) { value, _ in value * 10 }
        return Money(minorUnits: majorUnits * scale, currency: currency)
    }
}
