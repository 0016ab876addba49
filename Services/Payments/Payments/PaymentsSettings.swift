import Foundation
import ServiceKit

/// The payments service's policy settings, from `services.payments.settings` in the mesh config (or
/// `--set services.payments.settings.<key>=…`, or `DROPLINE_SERVICES_PAYMENTS_SETTINGS_<KEY>`):
///
/// | key                   | value                  | default | meaning                                          |
/// |-----------------------|------------------------|---------|--------------------------------------------------|
/// | `gateway`             | `test`                 | `test`  | the card gateway: only the deterministic `TestGateway` exists |
/// | `retry_attempts`      | integer, 1 to 20       | `5`     | gateway attempts in all, the first included (R3)  |
/// | `retry_initial_delay` | duration: `1m`, `90s`  | `1m`    | the wait after the first transient failure (R3)  |
/// | `retry_multiplier`    | number, 1 to 10        | `2`     | each later wait is this many times the previous  |
///
/// The defaults give retries after 1, 2, 4 and 8 minutes, then a decline `gateway_unavailable`. Unknown keys and
/// bad values are refused with the key's name, so that a typo cannot pass silently.
public struct PaymentsSettings: Sendable, Equatable {
    /// The only gateway there is.
    public static let testGateway = "test"
    static let keys: Set = ["gateway", "retry_attempts", "retry_initial_delay", "retry_multiplier"]

    public var retryPolicy: RetryPolicy

    public init(retryPolicy: RetryPolicy = RetryPolicy()) {
        self.retryPolicy = retryPolicy
    }

    /// Reads `settings`; a missing key takes its default.
    public init(_ settings: [String: String]) throws(PaymentsServiceError) {
        if let unknown = settings.keys.sorted().first(where: { !Self.keys.contains($0) }) {
            throw .setting(
                key: unknown, reason: "unknown key; known keys are \(Self.keys.sorted().joined(separator: ", "))")
        }
        let gateway = settings["gateway"] ?? Self.testGateway
        guard gateway == Self.testGateway else {
            throw .setting(
                key: "gateway",
                reason: "only 'test' (the deterministic TestGateway) is supported, got \"\(gateway)\"")
        }
        var policy = RetryPolicy()
        if let text = settings["retry_attempts"] {
            guard let attempts = Int(text), (1...20).contains(attempts) else {
                throw .setting(key: "retry_attempts", reason: "expected an integer from 1 to 20, got \"\(text)\"")
            }
            policy.maxAttempts = attempts
        }
        if let text = settings["retry_initial_delay"] {
            guard let delay = DurationText.parse(text) else {
                throw .setting(
                    key: "retry_initial_delay", reason: "expected a duration such as 1m or 90s, got \"\(text)\"")
            }
            let components = delay.components
            policy.initialDelay = Double(components.seconds) + Double(components.attoseconds) / 1e18
        }
        if let text = settings["retry_multiplier"] {
            guard let multiplier = Double(text), (1...10).contains(multiplier) else {
                throw .setting(key: "retry_multiplier", reason: "expected a number from 1 to 10, got \"\(text)\"")
            }
            policy.multiplier = multiplier
        }
        retryPolicy = policy
    }
}
