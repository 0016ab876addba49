import Foundation
import ServiceKit

/// The fraud-hold policy read from the mesh config's `services.<service>.settings` (R4).
///
/// | key                | type                     | default | meaning                                      |
/// |--------------------|--------------------------|---------|----------------------------------------------|
/// | `hold_hours`       | positive number of hours | `8`     | the hold lasts from placement to placement + this |
/// | `review_threshold` | positive integer         | `50`    | an assessment scoring this much opens a review |
///
/// The rule thresholds and weights stay at `RiskRules`' defaults. Unknown keys are refused, naming the key.
public struct FraudHoldSettings: Sendable {
    /// The keys this policy reads.
    static let keys = ["hold_hours", "review_threshold"]

    /// How long an order is held from placement.
    public var holdDuration: TimeInterval
    /// The risk rules and the review threshold.
    public var rules: RiskRules

    /// The defaults: 8 hours, threshold 50.
    public init(holdDuration: TimeInterval = FraudHold.defaultDuration, rules: RiskRules = RiskRules()) {
        self.holdDuration = holdDuration
        self.rules = rules
    }

    /// Reads the service's policy settings; a missing key takes its default.
    public init(_ settings: SettingsReader) throws(SettingsError) {
        try settings.refuseUnknown(known: Self.keys)
        self.init()
        holdDuration = try settings.duration(
            "hold_hours", default: FraudHold.defaultDuration, unit: "hours", secondsPerUnit: 3_600)
        rules.reviewThreshold = try settings.integer(
            "review_threshold", default: rules.reviewThreshold, in: 1...Int.max)
    }
}
