import Contracts

/// How one country's addresses must look for R1, from its format in Google's address metadata (`AddressFormat`)
/// and Dropline's conventions for the largest destinations (`AddressConvention`): which fields an address needs,
/// the postal code's pattern, and the region with its subdivisions and their postal-code prefixes.
public struct CountryAddressRule: Sendable {
    /// ISO 3166-1 alpha-2, e.g. `BR`.
    public let country: String
    /// The country's format as the metadata gives it; nil for the generic rule.
    public let format: AddressFormat?
    public let postalCode: PostalCodeRule
    public let region: RegionRule
    /// Whether the city (or post town) is required: Japan's and Singapore's formats, for example, have none.
    public let requiresCity: Bool

    init(format: AddressFormat) {
        let convention = AddressConvention.convention(for: format.country)
        let pattern = convention?.postalCodePattern ?? format.postalCodePattern
        let requirement: PostalCodeRule.Requirement =
            !format.uses(.postalCode) ? .notUsed : format.requires(.postalCode) ? .required : .optional
        country = format.country
        self.format = format
        postalCode = PostalCodeRule(
            requirement, pattern: requirement == .notUsed ? nil : pattern,
            format: convention?.postalCodeFormat ?? Self.describe(format))
        region = RegionRule(
            country: format.country, isRequired: format.requires(.region), subdivisions: format.subdivisions,
            noun: convention?.regionNoun ?? Self.noun(for: format.regionKind))
        requiresCity = format.requires(.city)
    }

    private init(generic country: String) {
        self.country = country
        format = nil
        postalCode = .generic
        region = .optional
        requiresCity = true
    }

    /// The rule of every country and territory the metadata covers, in code order.
    public static let all: [CountryAddressRule] = AddressFormat.all.map(CountryAddressRule.init(format:))

    private static let byCountry = Dictionary(all.map { ($0.country, $0) }) { first, _ in first }

    /// The rule for `country` as given, or the generic one: city required, postal code optional, 2–12 letters,
    /// digits, spaces or hyphens; region optional. A code that is not ISO 3166-1 alpha-2 in upper case gets the
    /// generic rule (its own refusal says what is wrong with it).
    public static func rule(for country: String) -> CountryAddressRule {
        byCountry[country] ?? CountryAddressRule(generic: country)
    }

    /// The postal-code pattern and required fields of an address in `subdivision`, where the metadata gives the
    /// subdivision its own (Hong Kong and Macao in China's data).
    func postalCode(in subdivision: AddressSubdivision) -> PostalCodeRule {
        guard let pattern = subdivision.postalCodePattern else { return postalCode }
        let required = subdivision.requiredFields?.contains(AddressField.postalCode.rawValue)
        let requirement: PostalCodeRule.Requirement =
            required.map { $0 ? .required : .optional } ?? postalCode.requirement
        let name = RegionRule.displayName(of: subdivision)
        let isOneCode = pattern.allSatisfy(\.isNumber)
        return PostalCodeRule(
            requirement, pattern: pattern, format: isOneCode ? "\(pattern) in \(name)" : "as in \(name)")
    }

    /// Whether an address in `subdivision` needs a city: the subdivision's own required fields where it has them.
    func requiresCity(in subdivision: AddressSubdivision) -> Bool {
        subdivision.requiredFields.map { $0.contains(AddressField.city.rawValue) } ?? requiresCity
    }

    /// `5 digits, as 20100 or 00100` for a pattern of only digits, else `as 20100 or 00100`: the metadata's own
    /// examples.
    private static func describe(_ format: AddressFormat) -> String? {
        let examples = format.postalCodeExamples.prefix(2).joined(separator: " or ")
        guard let pattern = format.postalCodePattern, !examples.isEmpty else { return nil }
        let digits = pattern.wholeMatch(of: #/\\d\{(\d+)\}/#).map { "\($0.1) digits, " } ?? ""
        return "\(digits)as \(examples)"
    }

    /// The metadata's word for a country's regions, as a refusal writes it.
    private static func noun(for kind: String) -> String {
        switch kind {
        case "do_si": "province"
        default: kind
        }
    }
}
