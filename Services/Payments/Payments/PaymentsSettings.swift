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
    /// The keys this policy reads.
    static let keys = ["gateway", "retry_attempts", "retry_initial_delay", "retry_multiplier"]

    public var retryPolicy: RetryPolicy

    public init(retryPolicy: RetryPolicy = RetryPolicy()) {
        self.retryPolicy = retryPolicy
    }

    /// Reads the service's policy settings; a missing key takes its default.
    public init(_ settings: SettingsReader) throws(SettingsError) {
        try settings.refuseUnknown(known: Self.keys)
        _ = try settings.value(
            "gateway", default: Self.testGateway, expected: "'test' (the deterministic TestGateway, the only one)"
        ) { $0 == Self.testGateway ? $0 : nil }
        let defaults = RetryPolicy()
        retryPolicy = RetryPolicy(
            maxAttempts: try settings.integer("retry_attempts", default: defaults.maxAttempts, in: 1...20),
            initialDelay: try settings.value(
                "retry_initial_delay", default: defaults.initialDelay, expected: "a duration such as 1m or 90s"
            ) { text in
                DurationText.parse(text).map {
                    Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18
                }
            },
            multiplier: try settings.number("retry_multiplier", default: defaults.multiplier, in: 1...10))
    }
}
