/// How addresses are written in one country or territory, from Google's address metadata (the data behind
/// libaddressinput): the fields its format uses and those it requires, its postal-code pattern, and its
/// first-level subdivisions. The table, `AddressFormat.all`, is generated into `AddressFormats.swift` by
/// `Deploy/scripts/generate-address-formats.py`; its source and licence are in `Deploy/data/README.md`.
public struct AddressFormat: Sendable {
    /// ISO 3166-1 alpha-2, or one of the metadata's own codes for places ISO does not list (AC, TA, XK).
    public let country: String
    /// The fields the country's format uses, as `AddressField` letters in the order an address lists them.
    public let fields: String
    /// The fields every address in the country must have, as `AddressField` letters.
    public let requiredFields: String
    /// The regular expression a whole postal code matches; nil where the country has no postal codes.
    public let postalCodePattern: String?
    /// Real postal codes of the country, for people (`95014`, `22162-1010`).
    public let postalCodeExamples: [String]
    /// What the country calls its subdivisions: `state`, `province`, `prefecture`, `emirate`, `do_si`…
    public let regionKind: String
    /// What the country calls its postal code: `postal`, `zip`, `pin` or `eircode`.
    public let postalCodeKind: String
    /// The country's first-level subdivisions where its format has a region and the metadata lists them.
    public let subdivisions: [AddressSubdivision]

    public init(
        country: String, fields: String, requiredFields: String, postalCodePattern: String?,
        postalCodeExamples: [String], regionKind: String, postalCodeKind: String, subdivisions: [AddressSubdivision]
    ) {
        self.country = country
        self.fields = fields
        self.requiredFields = requiredFields
        self.postalCodePattern = postalCodePattern
        self.postalCodeExamples = postalCodeExamples
        self.regionKind = regionKind
        self.postalCodeKind = postalCodeKind
        self.subdivisions = subdivisions
    }

    /// Whether the country's format has `field`.
    public func uses(_ field: AddressField) -> Bool {
        fields.contains(field.rawValue)
    }

    /// Whether every address in the country must have `field`.
    public func requires(_ field: AddressField) -> Bool {
        requiredFields.contains(field.rawValue)
    }

    /// The format of `country` (upper case, as `US`), or nil when the metadata does not cover it.
    public static func format(for country: String) -> AddressFormat? {
        byCountry[country]
    }

    private static let byCountry: [String: AddressFormat] = Dictionary(
        all.map { ($0.country, $0) }, uniquingKeysWith: { first, _ in first })
}
