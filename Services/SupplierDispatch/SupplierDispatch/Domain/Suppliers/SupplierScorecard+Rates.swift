// R7: the rates Dispatch keeps per supplier, each derived from the counts and nil while its denominator is 0.
extension SupplierScorecard {
    /// R7: the accuracy Dispatch asks of every supplier, 98%.
    public static let accuracyTarget = 0.98

    /// Purchase orders that were due to ship and were not refused: shipped, or withdrawn for an SLA miss.
    public var dueToShip: Int { shipped + notAcknowledged + shipDeadlineMissed }

    /// Share of the purchase orders due to ship (`dueToShip`) that shipped within 48 hours (R7).
    public var onTimeRate: Double? { Self.ratio(shippedOnTime, dueToShip) }

    /// 1 − problem reports / shipments: the share of shipments not reported wrong or damaged (R7).
    public var accuracy: Double? { Self.ratio(shipped - problemReports, shipped) }

    /// Share of purchase orders the supplier refused, for any reason or for want of stock.
    public var rejectionRate: Double? { Self.ratio(rejected + outOfStock, purchaseOrders) }

    /// Mean seconds from purchase order to acknowledgement.
    public var meanAcknowledgeSeconds: Double? { Self.ratio(acknowledgeSecondsTotal, acknowledged) }

    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
}
