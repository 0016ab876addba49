/// A supplier's scorecard counts (R7) and what Dispatch derives from them: the sum of several partitions' cards,
/// the rates, the 98% accuracy target and the 0-100 score that the supplier choice weighs against cost (R6).
///
/// This is the published derivation: `ScorecardCounts` (what `dispatch.scorecards` answers) and Dispatch's own
/// `SupplierScorecard` both conform, so that a client summing the partitions' answers (the CLI, the gateway)
/// computes exactly the rates and score Dispatch chooses suppliers by. Every count only grows, so cards add up.
///
/// The score:
///
///     k          = 5                       pseudo-purchase orders of the neutral prior
///     onTime     = (shippedOnTime + k × 0.95) / (dueToShip + k)
///     acceptance = (purchaseOrders − rejected − outOfStock + k × 0.95) / (purchaseOrders + k)
///     accuracy   = (shipped − problemReports − carrierMismatches + k × 0.98) / (shipped + k)
///     quality    = accuracy − 4 × max(0, 0.98 − accuracy)
///     score      = 100 × (0.4 × onTime + 0.3 × acceptance + 0.3 × quality), clamped to 0…100
///
/// Smoothing: every rate starts from k pseudo-purchase orders at its target, so a new supplier scores 95.9 (a
/// supplier exactly on target) and a handful of orders moves it only part of the way to its observed rates.
/// Accuracy below the 98% target costs five times as much per point as accuracy above it earns (the `4 ×`
/// shortfall penalty), so a supplier that ships wrong or damaged goods, or with another carrier than the one
/// Dispatch chose (R9), drops quickly (R7).
public protocol SupplierScoring: AdditiveArithmetic {
    /// Purchase orders that reached the supplier.
    var purchaseOrders: Int { get }
    /// Purchase orders the supplier acknowledged.
    var acknowledged: Int { get }
    /// Seconds from purchase order to acknowledgement, summed over `acknowledged`.
    var acknowledgeSecondsTotal: Int { get }
    /// Purchase orders shipped as normal shipments, on time or late.
    var shipped: Int { get }
    /// Of `shipped`, those shipped within 48 hours of the purchase order and without a withdrawal (R7).
    var shippedOnTime: Int { get }
    /// Purchase orders the supplier refused.
    var rejected: Int { get }
    /// Purchase orders the supplier refused for want of stock.
    var outOfStock: Int { get }
    /// Purchase orders withdrawn because the supplier did not acknowledge them in time.
    var notAcknowledged: Int { get }
    /// Purchase orders withdrawn because the supplier did not ship them in time.
    var shipDeadlineMissed: Int { get }
    /// Shipments reported wrong or damaged after they shipped (R7, R15).
    var problemReports: Int { get }
    /// Shipments made with another carrier than the one Dispatch chose (R9).
    var carrierMismatches: Int { get }

    /// A card with exactly these counts.
    init(
        purchaseOrders: Int, acknowledged: Int, acknowledgeSecondsTotal: Int, shipped: Int, shippedOnTime: Int,
        rejected: Int, outOfStock: Int, notAcknowledged: Int, shipDeadlineMissed: Int, problemReports: Int,
        carrierMismatches: Int)
}

// Sums: two partitions' cards of one supplier add up field by field.
extension SupplierScoring {
    /// The card of a supplier never used: every count 0.
    public static var zero: Self {
        Self(
            purchaseOrders: 0, acknowledged: 0, acknowledgeSecondsTotal: 0, shipped: 0, shippedOnTime: 0,
            rejected: 0, outOfStock: 0, notAcknowledged: 0, shipDeadlineMissed: 0, problemReports: 0,
            carrierMismatches: 0)
    }

    /// The counts of both cards added field by field: two partitions' cards of one supplier.
    public static func + (lhs: Self, rhs: Self) -> Self {
        lhs.combined(with: rhs, by: +)
    }

    /// The counts of `lhs` less those of `rhs`, field by field: what happened between two snapshots.
    public static func - (lhs: Self, rhs: Self) -> Self {
        lhs.combined(with: rhs, by: -)
    }

    private func combined(with other: Self, by operation: (Int, Int) -> Int) -> Self {
        Self(
            purchaseOrders: operation(purchaseOrders, other.purchaseOrders),
            acknowledged: operation(acknowledged, other.acknowledged),
            acknowledgeSecondsTotal: operation(acknowledgeSecondsTotal, other.acknowledgeSecondsTotal),
            shipped: operation(shipped, other.shipped),
            shippedOnTime: operation(shippedOnTime, other.shippedOnTime),
            rejected: operation(rejected, other.rejected),
            outOfStock: operation(outOfStock, other.outOfStock),
            notAcknowledged: operation(notAcknowledged, other.notAcknowledged),
            shipDeadlineMissed: operation(shipDeadlineMissed, other.shipDeadlineMissed),
            problemReports: operation(problemReports, other.problemReports),
            carrierMismatches: operation(carrierMismatches, other.carrierMismatches))
    }
}

// R7: the rates, each derived from the counts and nil while its denominator is 0.
extension SupplierScoring {
    /// R7: the accuracy Dispatch asks of every supplier, 98%.
    public static var accuracyTarget: Double { 0.98 }

    /// Purchase orders that were due to ship and were not refused: shipped, or withdrawn for an SLA miss.
    public var dueToShip: Int { shipped + notAcknowledged + shipDeadlineMissed }

    /// Share of the purchase orders due to ship (`dueToShip`) that shipped within 48 hours (R7).
    public var onTimeRate: Double? { ratio(shippedOnTime, dueToShip) }

    /// 1 − (problem reports + carrier mismatches) / shipments: the share of shipments not reported wrong or
    /// damaged and made with the chosen carrier (R7, R9).
    public var accuracy: Double? { ratio(shipped - problemReports - carrierMismatches, shipped) }

    /// Whether the accuracy is known and below `accuracyTarget` (R7).
    public var isBelowAccuracyTarget: Bool { (accuracy ?? 1) < Self.accuracyTarget }

    /// Share of purchase orders the supplier refused, for any reason or for want of stock.
    public var rejectionRate: Double? { ratio(rejected + outOfStock, purchaseOrders) }

    /// Mean seconds from purchase order to acknowledgement.
    public var meanAcknowledgeSeconds: Double? { ratio(acknowledgeSecondsTotal, acknowledged) }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
}

// R6, R7: the score (formula in the protocol's summary).
extension SupplierScoring {
    /// How many pseudo-purchase orders at target rates every card starts with.
    public static var priorWeight: Double { 5.0 }
    /// The on-time rate a neutral supplier is assumed to have.
    public static var onTimeTarget: Double { 0.95 }
    /// The share of purchase orders a neutral supplier is assumed to accept.
    public static var acceptanceTarget: Double { 0.95 }
    /// Extra loss per point of smoothed accuracy under `accuracyTarget`, on top of the point itself.
    public static var accuracyShortfallPenalty: Double { 4.0 }
    /// Weight of the on-time term; the three weights add up to 1.
    public static var onTimeWeight: Double { 0.4 }
    /// Weight of the acceptance term.
    public static var acceptanceWeight: Double { 0.3 }
    /// Weight of the accuracy term.
    public static var accuracyWeight: Double { 0.3 }

    /// The smoothed on-time rate (R7).
    public var smoothedOnTimeRate: Double {
        Self.smoothed(shippedOnTime, of: dueToShip, prior: Self.onTimeTarget)
    }

    /// The smoothed share of purchase orders accepted (1 − rejection rate).
    public var smoothedAcceptanceRate: Double {
        Self.smoothed(purchaseOrders - rejected - outOfStock, of: purchaseOrders, prior: Self.acceptanceTarget)
    }

    /// The smoothed accuracy (R7).
    public var smoothedAccuracy: Double {
        Self.smoothed(shipped - problemReports - carrierMismatches, of: shipped, prior: Self.accuracyTarget)
    }

    /// The supplier's score, 0…100 (formula in the protocol's summary): higher is better; 95.9 for a supplier
    /// never used.
    public var score: Double {
        let accuracy = smoothedAccuracy
        let quality = accuracy - Self.accuracyShortfallPenalty * max(0, Self.accuracyTarget - accuracy)
        let blend =
            Self.onTimeWeight * smoothedOnTimeRate + Self.acceptanceWeight * smoothedAcceptanceRate
            + Self.accuracyWeight * quality
        return min(100, max(0, 100 * blend))
    }

    private static func smoothed(_ successes: Int, of trials: Int, prior: Double) -> Double {
        let rate = (Double(max(0, successes)) + priorWeight * prior) / (Double(max(0, trials)) + priorWeight)
        return min(1, rate)
    }
}
