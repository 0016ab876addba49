import Contracts
import Orders
import Testing

/// One address of the generated sample (`AddressSample`): its fields as Dropline's `Address` has them, why the
/// generator made it, and what Google's validator said.
struct AddressSampleEntry: Decodable, Sendable, CustomTestStringConvertible {
    /// What the generator made the address for.
    enum Kind: String, Decodable, Sendable, CaseIterable {
        /// A valid address by the metadata: its region in one of the ways people write it, its postal code built
        /// from the region's (and city's) prefixes and the country's pattern.
        case valid
        /// A valid address whose postal code belongs to another region of the same country.
        case otherRegionPostalCode
        /// A valid address but for its city, which is not among the cities the metadata lists for its region (Brazil,
        /// Chile, China, Hong Kong, Korea, Taiwan).
        case unlistedCity
        /// A valid address with a field the country's format requires left out, or the recipient's name.
        case missing
        /// A valid address whose postal code is changed so that it no longer follows the country's pattern.
        case postalCodePattern
    }

    let country: String
    let name: String
    let line1: String
    let line2: String?
    let city: String
    let region: String?
    /// How the region is written: `key`, `name`, `latinName`, `translation`, `isoCode` (`13`), `countryIsoCode`
    /// (`JP-13`), `upperCase`, `lowerCase`, `withoutAccents`, `lowerCaseCode` (`ny`), `freeText`.
    let regionForm: String?
    /// As the customer wrote it, in native digits for some (`১২০৭`).
    let postalCode: String?
    /// The ASCII form Google's validator was given, where the customer's is in native digits.
    let googlePostalCode: String?
    let kind: Kind
    let why: String
    /// The fields Google's validator refuses, by `Address` name (`region`, `postalCode`, `city`, `line1`), with its
    /// reason (`required`, `invalid`); empty when it accepts the address.
    let google: [String: String]

    var address: Address {
        Address(
            name: name, line1: line1, line2: line2, city: city, region: region, postalCode: postalCode,
            country: country)
    }

    /// The request paths of the fields Google's validator refuses (`shippingAddress.postalCode`).
    var googleRefusals: Set<String> {
        Set(google.keys.map { "shippingAddress.\($0)" })
    }

    var testDescription: String { "\(country) \(region ?? "-") \(postalCode ?? "-"): \(why)" }
}
