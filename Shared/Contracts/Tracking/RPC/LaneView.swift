/// Measured delivery times of one lane: parcels from `origin` to `destination` with one carrier, counted at each
/// carrier delivery scan (`tracking.lanes`). Days are whole days from shipment to delivery, rounded up.
public struct LaneView: Codable, Sendable, Equatable {
    public var origin: CountryCode
    public var destination: CountryCode
    public var carrier: String
    /// Parcels delivered on the lane so far.
    public var parcels: Int
    public var minimumDays: Int
    public var maximumDays: Int
    /// The mean delivery time in days.
    public var averageDays: Double
    /// Whether the lane has enough parcels (`lane_minimum_parcels`) to set new shipments' expected window.
    public var isMeasured: Bool

    public init(
        origin: CountryCode, destination: CountryCode, carrier: String, parcels: Int, minimumDays: Int,
        maximumDays: Int, averageDays: Double, isMeasured: Bool
    ) {
        self.origin = origin
        self.destination = destination
        self.carrier = carrier
        self.parcels = parcels
        self.minimumDays = minimumDays
        self.maximumDays = maximumDays
        self.averageDays = averageDays
        self.isMeasured = isMeasured
    }
}
