import Contracts

/// The largest amount any door accepts, a price or a cost: 10^9 whole units of its currency, in the currency's
/// minor units by its ISO 4217 exponent (1000000000.00 EUR, 1000000000 JPY, 1000000000.000 BHD, that is
/// 10^11, 10^9 and 10^12 minor units). With at most `QuantityBounds.maxUnitsPerOrder` units an order's total and
/// a purchase order's landed cost stay below 10^17 minor units, far inside 64 bits (about 9.2 × 10^18).
public enum AmountBounds {
    /// The largest amount, in whole units of any currency.
    public static let maxMajorUnits: Int64 = 1_000_000_000

    /// The largest amount in `currency`: `maxMajorUnits` × 10^exponent minor units (the exponent is at most 4).
    public static func maximum(in currency: CurrencyCode) -> Money {
        let scale = (0..<currency.minorUnits).reduce(Int64(1)) { value, _ in value * 10 }
        return Money(minorUnits: maxMajorUnits * scale, currency: currency)
    }

    /// Why `amount` is refused, or nil: below its door's floor (more than 0 for a price a customer pays, 0 or
    /// more for a catalogue price or a cost), or above `maximum(in:)`.
    public static func refusal(of amount: Money, mustBePositive: Bool) -> String? {
        if mustBePositive, amount.minorUnits <= 0 { return "must be greater than 0" }
        if amount.minorUnits < 0 { return "must not be negative" }
        let maximum = maximum(in: amount.currency)
        if amount.minorUnits > maximum.minorUnits {
            return "must be at most \(maximum) (\(maxMajorUnits) whole units)"
        }
        return nil
    }
}
