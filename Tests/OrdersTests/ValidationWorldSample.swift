import Contracts
import Orders
import Testing

/// R1's world sample: real public addresses (city halls, parliaments, post offices, national libraries) of 61
/// countries with their real postal codes, written as people there write them, and the verdict R1 must give each.
///
/// Written for Dropline from public knowledge, not taken from the address metadata's own examples. It holds the
/// cases issue 10 met: Devanagari with the zero-width joiner and non-joiner (Nepal, India), postal codes in
/// Bengali, Arabic-Indic, Extended Arabic-Indic, Devanagari, Thai and full-width digits, Japan without a city,
/// regions by name, ISO code or key in local or Latin script, and postal codes of another region.
struct WorldSampleAddress: Sendable, CustomTestStringConvertible {
    /// What R1 must say about the address.
    enum Verdict: Sendable, Equatable {
        case accepted
        /// Refused on exactly this field.
        case refused(PlacementField)
    }

    /// What the address is, for a reader of the figures (`Library of Congress`).
    let place: String
    let address: Address
    let verdict: Verdict
    /// The postal code as the order stores it, where normalisation changes what the customer wrote.
    let storedPostalCode: String?

    var testDescription: String { "\(address.country): \(place)" }

    /// An address R1 must accept.
    static func valid(
        _ country: String, _ place: String, name: String, _ line1: String, line2: String? = nil, city: String = "",
        region: String? = nil, postalCode: String? = nil, stored: String? = nil
    ) -> WorldSampleAddress {
        WorldSampleAddress(
            place: place,
            address: Address(
                name: name, line1: line1, line2: line2, city: city, region: region, postalCode: postalCode,
                country: country),
            verdict: .accepted, storedPostalCode: stored)
    }

    /// An address R1 must refuse on `field`, and on no other.
    static func invalid(
        _ field: PlacementField, _ country: String, _ place: String, name: String, _ line1: String,
        line2: String? = nil, city: String = "", region: String? = nil, postalCode: String? = nil
    ) -> WorldSampleAddress {
        WorldSampleAddress(
            place: place,
            address: Address(
                name: name, line1: line1, line2: line2, city: city, region: region, postalCode: postalCode,
                country: country),
            verdict: .refused(field), storedPostalCode: nil)
    }
}

/// The whole sample, by part of the world.
enum WorldSample {
    static let all: [WorldSampleAddress] = americas + europe + asia + middleEastAndAfrica + oceania + wrong
}
