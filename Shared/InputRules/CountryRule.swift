import Contracts

/// A country as every door accepts it: an ISO 3166-1 alpha-2 code in upper case (`BR`).
public enum CountryRule {
    /// Why `country` is refused, or nil; `br` is refused with `BR` as the hint rather than silently fixed.
    public static func refusal(of country: String) -> String? {
        if country.isEmpty { return "is required" }
        if CountryCode(country) != nil { return nil }
        let upper = country.uppercased()
        if CountryCode(upper) != nil { return "must be upper case: \(upper)" }
        return "is not an ISO 3166-1 alpha-2 country code (2 letters, as BR)"
    }
}
