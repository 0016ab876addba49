/// What one dispatch partition has counted of one supplier's purchase orders (R7), as `dispatch.scorecards`
/// answers it: the raw counts behind the supplier's on-time rate, accuracy, rejection rate and score. The
/// counts of several partitions add up, and `SupplierScoring` derives the rates and score from them exactly as
/// Dispatch does.
public struct ScorecardCounts: Codable, Sendable, Hashable, SupplierScoring {
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
    /// Shipments made with another carrier than the one Dispatch chose (R9); 0 in cards of earlier versions.
    public var carrierMismatches: Int

    /// Counts of a supplier; each defaults to 0.
    public init(
        purchaseOrders: Int = 0, acknowledged: Int = 0, acknowledgeSecondsTotal: Int = 0, shipped: Int = 0,
        shippedOnTime: Int = 0, rejected: Int = 0, outOfStock: Int = 0, notAcknowledged: Int = 0,
        shipDeadlineMissed: Int = 0, problemReports: Int = 0, carrierMismatches: Int = 0
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
        self.carrierMismatches = carrierMismatches
    }

    /// Reads `carrierMismatches` as 0 when a card of an earlier version has no such key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func count(_ key: CodingKeys) throws -> Int { try container.decode(Int.self, forKey: key) }
        self.init(
            purchaseOrders: try count(.purchaseOrders), acknowledged: try count(.acknowledged),
            acknowledgeSecondsTotal: try count(.acknowledgeSecondsTotal), shipped: try count(.shipped),
            shippedOnTime: try count(.shippedOnTime), rejected: try count(.rejected),
            outOfStock: try count(.outOfStock), notAcknowledged: try count(.notAcknowledged),
            shipDeadlineMissed: try count(.shipDeadlineMissed), problemReports: try count(.problemReports),
            carrierMismatches: try container.decodeIfPresent(Int.self, forKey: .carrierMismatches) ?? 0)
    }
}
