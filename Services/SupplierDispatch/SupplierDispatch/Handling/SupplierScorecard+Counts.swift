import Contracts

extension SupplierScorecard {
    /// The card whose counts `dispatch.scorecards` answered, for its rates and score.
    public init(_ counts: ScorecardCounts) {
        self.init(
            purchaseOrders: counts.purchaseOrders, acknowledged: counts.acknowledged,
            acknowledgeSecondsTotal: counts.acknowledgeSecondsTotal, shipped: counts.shipped,
            shippedOnTime: counts.shippedOnTime, rejected: counts.rejected, outOfStock: counts.outOfStock,
            notAcknowledged: counts.notAcknowledged, shipDeadlineMissed: counts.shipDeadlineMissed,
            problemReports: counts.problemReports)
    }
}
