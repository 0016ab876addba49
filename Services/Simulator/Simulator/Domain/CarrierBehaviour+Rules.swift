import Contracts

/// The simulator's rules for a carrier's behaviour (R10, R11): the documented defaults and what makes one unusable.
///
/// The defaults come from the mesh config (`SimulatorSettings`); `simulator.carrier_behaviour.set` overrides them
/// per carrier at run time. A parcel's whole journey is drawn from the behaviour in force when it is registered.
extension CarrierBehaviour {
    /// The mesh config's documented defaults: 2% of parcels meet an exception and are delivered all the same, 1%
    /// are returned to their sender, 1% lost on the way, 1% never scanned, transit as the service level promises.
    public static let defaults = CarrierBehaviour(
        exceptionRate: 0.02, returnRate: 0.01, lostRate: 0.01, unscannedRate: 0.01, transitMultiplier: 1)

    /// The largest transit multiplier: ten times the promise is already a lost parcel to anyone waiting.
    public static let maximumTransitMultiplier = 10.0

    /// Every fault, each naming its field as in JSON: rates within 0…1 and together at most 1 (each parcel has
    /// one fate), the transit multiplier above 0 and at most 10.
    var faults: [FieldError] {
        var faults: [FieldError] = []
        let rates = [
            ("exceptionRate", exceptionRate), ("returnRate", returnRate), ("lostRate", lostRate),
            ("unscannedRate", unscannedRate),
        ]
        for (field, rate) in rates where !(rate.isFinite && (0...1).contains(rate)) {
            faults.append(FieldError(field: field, reason: "must be a number from 0 to 1"))
        }
        let total = exceptionRate + returnRate + lostRate + unscannedRate
        if faults.isEmpty, total > 1 + 1e-9 {
            faults.append(
                FieldError(
                    field: "unscannedRate",
                    reason: "the exception, return, lost and unscanned rates add up to \(total), more than 1: "
                        + "lower the others"))
        }
        if !(transitMultiplier.isFinite && transitMultiplier > 0
            && transitMultiplier <= Self.maximumTransitMultiplier)
        {
            faults.append(FieldError(field: "transitMultiplier", reason: "must be a number above 0, at most 10"))
        }
        return faults
    }
}
