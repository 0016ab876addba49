import Contracts

extension SupplierBehaviourChange {
    /// `base` with the fields this change sets.
    public func applied(to base: SupplierBehaviour) -> SupplierBehaviour {
        SupplierBehaviour(
            ackDelayMinutes: ackDelayMinutes ?? base.ackDelayMinutes,
            shipDelayHours: shipDelayHours ?? base.shipDelayHours, rejectRate: rejectRate ?? base.rejectRate,
            outOfStockRate: outOfStockRate ?? base.outOfStockRate, silentRate: silentRate ?? base.silentRate,
            lateShipRate: lateShipRate ?? base.lateShipRate, carriers: carriers ?? base.carriers)
    }
}
