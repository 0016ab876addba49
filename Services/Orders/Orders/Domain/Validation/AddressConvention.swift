/// What Dropline knows about a country's addresses beyond Google's address metadata (`AddressFormat`): how its
/// postal codes are described to a customer, a national post's pattern where it is more exact than the
/// metadata's or accepts a spelling people really use that the metadata's refuses, and what people call the
/// country's regions. The table is in `AddressConvention+Table.swift`; a country without an entry follows the
/// metadata alone.
struct AddressConvention: Sendable {
    /// ISO 3166-1 alpha-2.
    let country: String
    /// How a postal code looks, for a refusal: `8 digits, as 01310-100`.
    let postalCodeFormat: String
    /// The pattern a whole postal code must match instead of the metadata's, or nil to keep the metadata's.
    let postalCodePattern: String?
    /// What a refusal calls the country's regions (`state or territory`), or nil for the metadata's word.
    let regionNoun: String?

    init(_ country: String, _ postalCodeFormat: String, pattern: String? = nil, regionNoun: String? = nil) {
        self.country = country
        self.postalCodeFormat = postalCodeFormat
        self.postalCodePattern = pattern
        self.regionNoun = regionNoun
    }

    /// The convention for `country`, if Dropline has one.
    static func convention(for country: String) -> AddressConvention? {
        byCountry[country]
    }

    private static let byCountry = Dictionary(all.map { ($0.country, $0) }) { first, _ in first }
}
