import Contracts

/// What Dispatch has counted of one supplier's purchase orders (R7): the raw counts behind its on-time rate,
/// accuracy and rejection rate, and through them its score in the supplier choice (R6).
///
/// Every field is a count, so cards add up: each dispatch partition keeps its own card per supplier, and the
/// supplier's whole record is their sum. Counts only grow through the `record…` methods; the sums, the rates
/// and the score are the published derivation, `SupplierScoring` (Contracts), which clients apply to the
/// counts `dispatch.scorecards` answers.
public struct SupplierScorecard: Codable, Hashable, Sendable, SupplierScoring {
    /// Purchase orders that reached the supplier.
    public var purchaseOrders: Int
    /// Purchase orders the supplier acknowledged.
    public var acknowledged: Int
    /// Seconds from purchase order to acknowledgement, summed over `acknowledged`.
    public var acknowledgeSecondsTotal: Int
    /// Purchase orders shipped as normal shipments, on time or late.
    public var shipped: Int
    /// Of `shipped`, those shipped within 48 hours of the purchase order and without a withdrawal (R7).
    public var shippedOnTime: Int
    /// Purchase orders the supplier refused.
    public var rejected: Int
    /// Purchase orders the supplier refused for want of stock.
    public var outOfStock: Int
    /// Purchase orders withdrawn because the supplier did not acknowledge them in time.
    public var notAcknowledged: Int
    /// Purchase orders withdrawn because the supplier did not ship them in time.
    public var shipDeadlineMissed: Int
    /// Shipments reported wrong or damaged after they shipped (R7, R15).
    public var problemReports: Int

    /// A card with the given counts; every count defaults to 0, the card of a supplier never used.
    public init(
        purchaseOrders: Int = 0, acknowledged: Int = 0, acknowledgeSecondsTotal: Int = 0, shipped: Int = 0,
        shippedOnTime: Int = 0, rejected: Int = 0, outOfStock: Int = 0, notAcknowledged: Int = 0,
        shipDeadlineMissed: Int = 0, problemReports: Int = 0
    ) {
        self.purchaseOrders = purchaseOrders
        self.acknowledged = acknowledged
        self.acknowledgeSecondsTotal = acknowledgeSecondsTotal
        self.shipped = shipped
        self.shippedOnTime = shippedOnTime
        self.rejected = rejected
        self.outOfStock = outOfStock
        self.notAcknowledged = notAcknowledged
        self.shipDeadlineMissed = shipDeadlineMissed
        self.problemReports = problemReports
    }
}
