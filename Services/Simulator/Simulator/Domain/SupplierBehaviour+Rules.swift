import Contracts

/// The simulator's rules for a supplier's behaviour (R6, R7): the documented defaults and what makes one unusable.
///
/// The defaults come from the mesh config (`SimulatorSettings`); `simulator.suppliers.set` overrides them per
/// supplier at run time. A purchase order's whole fate is drawn from the behaviour in force when it arrives.
extension SupplierBehaviour {
    /// The mesh config's documented defaults: acknowledged 10-120 minutes after receipt, shipped 4-36 hours after
    /// that, 2% rejected, 2% out of stock, none silent or late, with China Post or Wish Post Standard.
    public static let defaults = SupplierBehaviour(
        ackDelayMinutes: DelayRange(min: 10, max: 120), shipDelayHours: DelayRange(min: 4, max: 36),
        rejectRate: 0.02, outOfStockRate: 0.02, silentRate: 0, lateShipRate: 0,
        carriers: ["China Post", "Wish Post Standard"])

    /// Every fault, each naming its field as in JSON: rates within 0…1, the three refusal rates together at
    /// most 1, ranges finite and ordered, at least one carrier and only known ones (`SimulatedCarrier.all`).
    var faults: [FieldError] {
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
