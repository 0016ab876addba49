/// A named price zone of a carrier and the destination countries in it.
public struct CarrierZone: Sendable, Hashable {
    public var name: String
    public var countries: [CountryCode]

    public init(name: String, countries: [CountryCode]) {
        self.name = name
        self.countries = countries
    }
}
