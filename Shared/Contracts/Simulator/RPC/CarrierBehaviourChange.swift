/// The body's `behaviour` in `simulator.carrier_behaviour.set`: the fields to change; each one left out keeps the
/// service's default (so `{"lostRate": 0.5}` makes a carrier lose half its parcels and otherwise behave as usual).
public struct CarrierBehaviourChange: Codable, Sendable, Equatable {
    public var exceptionRate: Double?
    public var returnRate: Double?
    public var lostRate: Double?
    public var unscannedRate: Double?
    public var transitMultiplier: Double?

    public init(
        exceptionRate: Double? = nil, returnRate: Double? = nil, lostRate: Double? = nil, unscannedRate: Double? = nil,
        transitMultiplier: Double? = nil
    ) {
        self.exceptionRate = exceptionRate
        self.returnRate = returnRate
        self.lostRate = lostRate
        self.unscannedRate = unscannedRate
        self.transitMultiplier = transitMultiplier
    }
}
