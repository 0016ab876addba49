/// A first-level subdivision of a country (a state, province, prefecture, emirate…) as Google's address metadata
/// gives it: how it may be written and which postal codes belong to it.
public struct AddressSubdivision: Sendable {
    /// The form the metadata keys it by, which its national post uses (`NY`, `東京都`, `Co. Dublin`, `Ags.`).
    public let key: String
    /// The ISO 3166-2 code without the country's prefix (`NY`, `13` for JP-13), where the metadata gives it.
    public let isoCode: String?
    /// Its names in the country's languages and scripts other than the key (`New York`; `Québec` and `Quebec`).
    public let names: [String]
    /// Its names in Latin script where the local ones are not (`Tokyo`, `Beijing Shi`).
    public let latinNames: [String]
    /// A regular expression every postal code of the subdivision matches at its start (`1[0-4]|06390|00501`).
    public let postalCodePrefix: String?
    /// The same prefixes written out for people (`10 to 14, 06390 or 00501`).
    public let postalCodePrefixText: String?
    /// The postal-code pattern of this subdivision where it differs from its country's (Hong Kong in China).
    public let postalCodePattern: String?
    /// The fields an address there requires where they differ from its country's, as `AddressField` letters.
    public let requiredFields: String?

    public init(
        key: String, isoCode: String?, names: [String], latinNames: [String], postalCodePrefix: String?,
        postalCodePrefixText: String?, postalCodePattern: String?, requiredFields: String?
    ) {
        self.key = key
        self.isoCode = isoCode
        self.names = names
        self.latinNames = latinNames
        self.postalCodePrefix = postalCodePrefix
        self.postalCodePrefixText = postalCodePrefixText
        self.postalCodePattern = postalCodePattern
        self.requiredFields = requiredFields
    }
}
