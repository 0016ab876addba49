/// How one simulated carrier treats the parcels handed to it (R10, R11): how often a parcel meets an exception on
/// the way, is returned to its sender, is lost (its scans stop mid-way, so it stalls) or is never scanned at all,
/// and how its transit times compare with its service level's promise. The behaviour in force as
/// `simulator.carrier_behaviour.set` and `simulator.carrier_behaviour.list` answer it.
public struct CarrierBehaviour: Codable, Sendable, Equatable {
    /// The share of parcels with an `exception` scan on the way that are delivered all the same.
    public var exceptionRate: Double
    /// The share that meet an exception at the door and end `returned_to_sender`.
    public var returnRate: Double
    /// The share whose scans stop after acceptance or a transit scan: the parcel stalls.
    public var lostRate: Double
    /// The share never scanned at all.
    public var unscannedRate: Double
    /// Scales the transit time drawn from the service level's range: 1 keeps the promise, 2 takes twice as long.
    public var transitMultiplier: Double

    public init(
        exceptionRate: Double, returnRate: Double, lostRate: Double, unscannedRate: Double, transitMultiplier: Double
    ) {
        self.exceptionRate = exceptionRate
        self.returnRate = returnRate
        self.lostRate = lostRate
        self.unscannedRate = unscannedRate
        self.transitMultiplier = transitMultiplier
    }
}
