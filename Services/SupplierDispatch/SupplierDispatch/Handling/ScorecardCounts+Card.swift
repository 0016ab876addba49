import Contracts

extension ScorecardCounts {
    /// A supplier's card as `dispatch.scorecards` answers it.
    init(_ card: SupplierScorecard) {
        self.init(
            purchaseOrders: card.purchaseOrders, acknowledged: card.acknowledged,
            acknowledgeSecondsTotal: card.acknowledgeSecondsTotal, shipped: card.shipped,
            shippedOnTime: card.shippedOnTime, rejected: card.rejected, outOfStock: card.outOfStock,
            notAcknowledged: card.notAcknowledged, shipDeadlineMissed: card.shipDeadlineMissed,
            problemReports: card.problemReports)
    }
}
