/// How one simulated supplier treats its purchase orders (R6, R7): how soon it acknowledges, how soon after that
/// it ships, how often it rejects, is out of stock, stays silent or ships late, and which carriers it uses. The
/// behaviour in force as `simulator.suppliers.set` and `simulator.suppliers.list` answer it.
public struct SupplierBehaviour: Codable, Sendable, Equatable {
    /// Minutes from receipt to the acknowledgement (or to the rejection, for a purchase order it refuses).
    public var ackDelayMinutes: DelayRange
    /// Hours from the acknowledgement to the shipment.
    public var shipDelayHours: DelayRange
    /// The share of purchase orders rejected (`rejected`) instead of acknowledged.
    public var rejectRate: Double
    /// The share refused as `out_of_stock`.
    public var outOfStockRate: Double
    /// The share never acknowledged, so that Dispatch's acknowledgement deadline passes.
    public var silentRate: Double
    /// The share of shipping purchase orders shipped 60 hours after receipt, beyond the 48-hour SLA (R7).
    public var lateShipRate: Double
    /// The carriers it ships with, each equally likely, by name (e.g. `China Post`).
    public var carriers: [String]

    public init(
        ackDelayMinutes: DelayRange, shipDelayHours: DelayRange, rejectRate: Double, outOfStockRate: Double,
        silentRate: Double, lateShipRate: Double, carriers: [String]
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
