/// The destination countries a carrier or one of its service levels delivers to (R9).
public enum CarrierDestinations: Sendable, Hashable {
    /// Every country.
    case all
    /// Only these countries, in the order the configuration lists them.
    case only([CountryCode])

    /// Whether `country` is one of them.
    public func contains(_ country: CountryCode) -> Bool {
        switch self {
        case .all: true
        case .only(let countries): countries.contains(country)
        }
    }
}
