import Contracts

/// How one simulated supplier treats its purchase orders (R6, R7): how soon it acknowledges, how soon after that
/// it ships, how often it rejects, is out of stock, stays silent or ships late, and which carriers it uses.
///
/// The defaults come from the mesh config (`SimulatorSettings`); `simulator.suppliers.set` overrides them per
/// supplier at run time. A purchase order's whole fate is drawn from the behaviour in force when it arrives.
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
    /// The carriers it ships with, each equally likely; names from `SimulatedCarrier.all`.
    public var carriers: [String]

    /// The mesh config's documented defaults.
    public init(
        ackDelayMinutes: DelayRange = DelayRange(min: 10, max: 120),
        shipDelayHours: DelayRange = DelayRange(min: 4, max: 36), rejectRate: Double = 0.02,
        outOfStockRate: Double = 0.02, silentRate: Double = 0, lateShipRate: Double = 0,
        carriers: [String] = ["China Post", "Wish Post Standard"]
    ) {
        self.ackDelayMinutes = ackDelayMinutes
        self.shipDelayHours = shipDelayHours
        self.rejectRate = rejectRate
        self.outOfStockRate = outOfStockRate
        self.silentRate = silentRate
        self.lateShipRate = lateShipRate
        self.carriers = carriers
    }

    /// Every fault, each naming its field as in JSON: rates within 0…1, the three refusal rates together at
    /// most 1, ranges finite and ordered, at least one carrier and only known ones.
    public var faults: [FieldError] {
        var faults: [FieldError] = []
        for (field, range) in [("ackDelayMinutes", ackDelayMinutes), ("shipDelayHours", shipDelayHours)] {
            if let fault = range.fault { faults.append(FieldError(field: field, reason: fault)) }
        }
        let rates = [
            ("rejectRate", rejectRate), ("outOfStockRate", outOfStockRate), ("silentRate", silentRate),
            ("lateShipRate", lateShipRate),
        ]
        for (field, rate) in rates where !(rate.isFinite && (0...1).contains(rate)) {
            faults.append(FieldError(field: field, reason: "must be a number from 0 to 1"))
        }
        let refusals = rejectRate + outOfStockRate + silentRate
        if faults.isEmpty, refusals > 1 + 1e-9 {
            faults.append(
                FieldError(
                    field: "silentRate",
                    reason: "the rejection, out-of-stock and silent rates add up to \(refusals), more than 1"))
        }
        if carriers.isEmpty {
            faults.append(FieldError(field: "carriers", reason: "must name at least one carrier"))
        }
        for (index, name) in carriers.enumerated() where SimulatedCarrier.named(name) == nil {
            let known = SimulatedCarrier.all.map(\.name).joined(separator: ", ")
            faults.append(
                FieldError(field: "carriers[\(index)]", reason: "unknown carrier \"\(name)\" (known: \(known))"))
        }
        return faults
    }
}
