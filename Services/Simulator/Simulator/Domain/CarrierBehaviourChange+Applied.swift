import Contracts

extension CarrierBehaviourChange {
    /// `base` with the fields this change sets.
    public func applied(to base: CarrierBehaviour) -> CarrierBehaviour {
        CarrierBehaviour(
            exceptionRate: exceptionRate ?? base.exceptionRate, returnRate: returnRate ?? base.returnRate,
            lostRate: lostRate ?? base.lostRate, unscannedRate: unscannedRate ?? base.unscannedRate,
            transitMultiplier: transitMultiplier ?? base.transitMultiplier)
    }
}
