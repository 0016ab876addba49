/// The body's `behaviour` in `simulator.suppliers.set`: the fields to change; each one left out keeps the
/// service's default (so `{"rejectRate": 1}` makes a supplier reject everything and otherwise behave as usual).
public struct SupplierBehaviourChange: Codable, Sendable, Equatable {
    public var ackDelayMinutes: DelayRange?
    public var shipDelayHours: DelayRange?
    public var rejectRate: Double?
    public var outOfStockRate: Double?
    public var silentRate: Double?
    public var lateShipRate: Double?
    public var carriers: [String]?

    public init(
        ackDelayMinutes: DelayRange? = nil, shipDelayHours: DelayRange? = nil, rejectRate: Double? = nil,
        outOfStockRate: Double? = nil, silentRate: Double? = nil, lateShipRate: Double? = nil,
        carriers: [String]? = nil
    ) {
        self.ackDelayMinutes = ackDelayMinutes
        self.shipDelayHours = shipDelayHours
        self.rejectRate = rejectRate
        self.outOfStockRate = outOfStockRate
        self.silentRate = silentRate
        self.lateShipRate = lateShipRate
        self.carriers = carriers
    }
}
