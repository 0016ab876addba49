/// A carrier as the mesh config's `carriers:` describes it (R9): its tracking-number formats, where it takes
/// parcels from and delivers to, its price zones and its service levels.
public struct CarrierDefinition: Sendable, Hashable {
    /// The zone every destination that no named zone lists falls in.
    public static let defaultZone = "rest"

    /// The carrier's name as ship reports and mails write it, e.g. `Wish Post`.
    public var name: String
    /// The formats its tracking numbers take, e.g. `[.s10]` for a postal operator.
    public var trackingFormats: [TrackingNumberFormat]
    /// The posting countries its S10 numbers may end in (its own postal operators'); empty for any country.
    public var postedFrom: [CountryCode]
    /// The countries it takes parcels from; empty for any.
    public var origins: [CountryCode]
    public var destinations: CarrierDestinations
    /// Named price zones and their countries, in configuration order; other destinations are in `defaultZone`.
    public var zones: [CarrierZone]
    /// Its service levels, in configuration order.
    public var serviceLevels: [ServiceLevel]

    public init(
        name: String, trackingFormats: [TrackingNumberFormat], postedFrom: [CountryCode] = [],
        origins: [CountryCode] = [], destinations: CarrierDestinations = .all, zones: [CarrierZone] = [],
        serviceLevels: [ServiceLevel] = []
    ) {
        self.name = name
        self.trackingFormats = trackingFormats
        self.postedFrom = postedFrom
        self.origins = origins
        self.destinations = destinations
        self.zones = zones
        self.serviceLevels = serviceLevels
    }

    /// The first of its formats that `number` (normalised) is valid for, or nil: an S10 number counts only when
    /// it ends in one of `postedFrom` (any country when that is empty).
    public func format(of number: String) -> TrackingNumberFormat? {
        trackingFormats.first { format in
            guard format.accepts(number) else { return false }
            guard format == .s10, !postedFrom.isEmpty else { return true }
            return S10TrackingNumber(number).map { postedFrom.contains($0.country) } ?? false
        }
    }

    /// The price zone of `destination`: the first named zone that lists it, else `defaultZone`.
    public func zone(of destination: CountryCode) -> String {
        zones.first { $0.countries.contains(destination) }?.name ?? Self.defaultZone
    }

    /// Whether it takes parcels leaving `origin`.
    public func shipsFrom(_ origin: CountryCode) -> Bool {
        origins.isEmpty || origins.contains(origin)
    }

    /// Whether `level` (one of its own) carries a parcel from `origin` to `destination`.
    public func serves(_ level: ServiceLevel, from origin: CountryCode, to destination: CountryCode) -> Bool {
        shipsFrom(origin) && destinations.contains(destination) && level.destinations.contains(destination)
    }

    /// What `level` costs for one parcel to `destination`; nil when it has no price in that zone.
    public func price(of level: ServiceLevel, to destination: CountryCode) -> Money? {
        level.prices[zone(of: destination)]
    }
}
