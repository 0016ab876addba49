import Foundation

/// The fraud-hold policy read from the mesh config's `services.<service>.settings` (R4).
///
/// | key                | type                     | default | meaning                                      |
/// |--------------------|--------------------------|---------|----------------------------------------------|
/// | `hold_hours`       | positive number of hours | `8`     | the hold lasts from placement to placement + this |
/// | `review_threshold` | positive integer         | `50`    | an assessment scoring this much opens a review |
///
/// The rule thresholds and weights stay at `RiskRules`' defaults. Unknown keys are refused, naming the key.
public struct FraudHoldSettings: Sendable {
    /// How long an order is held from placement.
    public var holdDuration: TimeInterval
    /// The risk rules and the review threshold.
    public var rules: RiskRules

    /// The defaults: 8 hours, threshold 50.
    public init(holdDuration: TimeInterval = FraudHold.defaultDuration, rules: RiskRules = RiskRules()) {
        self.holdDuration = holdDuration
        self.rules = rules
    }

    /// Reads `settings`, the service's policy map, each scalar as text.
    /// - Parameter service: the service's name under `services`, for the key path in errors.
    public init(_ settings: [String: String], service: String) throws(FraudHoldSettingsError) {
        self.init()
        for (key, text) in settings.sorted(by: { $0.key < $1.key }) {
            let path = "services.\(service).settings.\(key)"
            switch key {
            case "hold_hours":
                guard let hours = Double(text.trimmingCharacters(in: .whitespaces)), hours.isFinite, hours > 0,
                    hours <= 24 * 365
                else { throw FraudHoldSettingsError(key: path, "expected a positive number of hours, got \"\(text)\"") }
                holdDuration = (hours * 3_600_000).rounded() / 1000
            case "review_threshold":
                guard let threshold = Int(text.trimmingCharacters(in: .whitespaces)), threshold > 0 else {
                    throw FraudHoldSettingsError(key: path, "expected a positive integer, got \"\(text)\"")
                }
                rules.reviewThreshold = threshold
            default:
                throw FraudHoldSettingsError(key: path, "unknown setting (known: hold_hours, review_threshold)")
            }
        }
    }
}

/// A fraud-hold setting that cannot be used, described on one line with its key path.
public struct FraudHoldSettingsError: Error, Equatable, CustomStringConvertible {
    /// The dotted key path, e.g. `services.fraud-hold.settings.hold_hours`.
    public var key: String
    public var reason: String

    init(key: String, _ reason: String) {
        self.key = key
        self.reason = reason
    }

    /// `config key 'services.fraud-hold.settings.hold_hours': expected a positive number of hours, got "x"`.
    public var description: String { "config key '\(key)': \(reason)" }
}
