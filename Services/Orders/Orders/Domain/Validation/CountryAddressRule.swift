/// How one country's addresses must look for R1: whether it needs a postal code and which pattern it follows,
/// and whether it needs a region and which codes are valid. The tables are in `CountryAddressRule+<Region>.swift`.
public struct CountryAddressRule: Sendable {
    /// ISO 3166-1 alpha-2, e.g. `BR`.
    public let country: String
    public let postalCode: PostalCodeRule
    public let region: RegionRule

    init(_ country: String, postalCode: PostalCodeRule, region: RegionRule = .optional) {
        self.country = country
        self.postalCode = postalCode
        self.region = region
    }

    /// The countries with rules of their own: the largest e-commerce destinations.
    public static let all: [CountryAddressRule] = americas + europe + asiaPacific + middleEastAndAfrica

    private static let byCountry = Dictionary(all.map { ($0.country, $0) }) { first, _ in first }

    /// The rule for `country` as given, or the generic one: postal code optional, 2–12 letters, digits, spaces
    /// or hyphens; region optional. A code that is not ISO 3166-1 alpha-2 in upper case gets the generic rule
    /// (its own refusal says what is wrong with it).
    public static func rule(for country: String) -> CountryAddressRule {
        byCountry[country] ?? CountryAddressRule(country, postalCode: .generic)
    }
}
