/// One way a carrier carries parcels (R9), e.g. Wish Post's `Standard`: its promised transit time, whether it
/// tracks the parcel to the door, where it goes and what it costs per parcel in each of the carrier's zones.
public struct ServiceLevel: Sendable, Hashable {
    /// The level's name within its carrier, e.g. `Standard`.
    public var name: String
    /// The name people and ship reports use, e.g. `Wish Post Standard`.
    public var fullName: String
    /// The promised transit time, from the first scan to delivery.
    public var transitDays: DayRange
    /// Whether the carrier scans the parcel up to the door: required under Confirmed Delivery (R9).
    public var hasLastMileTracking: Bool
    /// Where this level goes, within the carrier's own destinations.
    public var destinations: CarrierDestinations
    /// The price of one parcel by zone name (`CarrierDefinition.zone(of:)`); every zone the level serves has one.
    public var prices: [String: Money]

    public init(
        name: String, fullName: String, transitDays: DayRange, hasLastMileTracking: Bool,
        destinations: CarrierDestinations = .all, prices: [String: Money]
    ) {
        self.name = name
        self.fullName = fullName
        self.transitDays = transitDays
        self.hasLastMileTracking = hasLastMileTracking
        self.destinations = destinations
        self.prices = prices
    }
}
