// R6, R7: one number per supplier, 0…100, that the supplier choice weighs against cost.
//
//     k          = 5                       pseudo-purchase orders of the neutral prior
//     onTime     = (shippedOnTime + k × 0.95) / (dueToShip + k)
//     acceptance = (purchaseOrders − rejected − outOfStock + k × 0.95) / (purchaseOrders + k)
//     accuracy   = (shipped − problemReports + k × 0.98) / (shipped + k)
//     quality    = accuracy − 4 × max(0, 0.98 − accuracy)
//     score      = 100 × (0.4 × onTime + 0.3 × acceptance + 0.3 × quality), clamped to 0…100
//
// Smoothing: every rate starts from k pseudo-purchase orders at its target, so a new supplier scores 95.9 (a
// supplier exactly on target) and a handful of orders moves it only part of the way to its observed rates.
// Accuracy below the 98% target costs five times as much per point as accuracy above it earns (the `4 ×`
// shortfall penalty), so a supplier that ships wrong or damaged goods drops quickly (R7).
extension SupplierScorecard {
    /// How many pseudo-purchase orders at target rates every card starts with.
    public static let priorWeight = 5.0
    /// The on-time rate a neutral supplier is assumed to have.
    public static let onTimeTarget = 0.95
    /// The share of purchase orders a neutral supplier is assumed to accept.
    public static let acceptanceTarget = 0.95
    /// Extra loss per point of smoothed accuracy under `accuracyTarget`, on top of the point itself.
    public static let accuracyShortfallPenalty = 4.0
    /// Weight of the on-time term; the three weights add up to 1.
    public static let onTimeWeight = 0.4
    /// Weight of the acceptance term.
    public static let acceptanceWeight = 0.3
    /// Weight of the accuracy term.
    public static let accuracyWeight = 0.3

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
        Self.smoothed(shipped - problemReports, of: shipped, prior: Self.accuracyTarget)
    }

    /// The supplier's score, 0…100 (formula above): higher is better; 95.9 for a supplier never used.
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
