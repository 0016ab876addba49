import Contracts

/// Whether a country's addresses need a region (state, province, prefecture, emirate…) and, where the address
/// metadata lists the country's subdivisions, which regions there are (R1).
public struct RegionRule: Sendable {
    /// Whether every address in the country must name its region.
    public let isRequired: Bool
    /// The country's subdivisions; empty when the metadata does not list them (any safe text is accepted).
    public let subdivisions: [AddressSubdivision]
    /// What the country calls its regions, e.g. `state or territory`, `prefecture`, `emirate`.
    public let noun: String
    private let index: SubdivisionIndex?

    init(country: String, isRequired: Bool, subdivisions: [AddressSubdivision], noun: String) {
        self.isRequired = isRequired
        self.subdivisions = subdivisions
        self.noun = noun
        self.index = subdivisions.isEmpty ? nil : SubdivisionIndex(country: country, subdivisions: subdivisions)
    }

    /// Any text, or none.
    static let optional = RegionRule(country: "", isRequired: false, subdivisions: [], noun: "region")

    /// What `region` (trimmed, not empty) is in this country.
    func match(_ region: String) -> RegionMatch {
        index?.match(region) ?? .freeText
    }

    /// How to write a region, for a refusal: the first subdivision's key and another of its forms (`AL or
    /// Alabama`, `北海道 or Hokkaido`, `Co. Carlow or CW`).
    var example: String {
        guard let first = subdivisions.first else { return "" }
        let other = first.names.first ?? first.latinNames.first ?? first.isoCode.flatMap { $0 == first.key ? nil : $0 }
        return other.map { "\(first.key) or \($0)" } ?? first.key
    }

    /// How a refusal names `subdivision`: a code with its name (`New York (NY)`), a name in another script with
    /// its Latin name (`大阪府 (Osaka)`), else the key (`Karnataka`).
    static func displayName(of subdivision: AddressSubdivision) -> String {
        let key = subdivision.key
        if SubdivisionIndex.isCode(key), let name = subdivision.names.first ?? subdivision.latinNames.first {
            return "\(name) (\(key))"
        }
        if let latin = subdivision.latinNames.first, latin != key { return "\(key) (\(latin))" }
        return key
    }
}
