import Contracts

/// Reads decimal amounts as people write them (`14.50`, `1500`) into minor units of a currency.
public enum AmountText {
    /// `14.50` in USD → 1450; nil if not a plain non-negative decimal, or with more decimals than the
    /// currency has (`14.505` USD, `1.5` JPY).
    public static func minorUnits(_ text: String, currency: CurrencyCode) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
            whole.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.count <= currency.minorUnits,
            parts.count == 1 || !fraction.isEmpty
        else { return nil }
        let padded = fraction + String(repeating: "0", count: currency.minorUnits - fraction.count)
        guard let value = Int64(whole + padded) else { return nil }
        return value
    }
}
