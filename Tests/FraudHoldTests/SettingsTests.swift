import FraudHold
import ServiceKit
import Testing

/// R4: the hold duration and review threshold come from the mesh config's policy settings.
struct SettingsTests {
    /// The settings read from `values`, as `services.fraud-hold.settings`.
    static func settings(_ values: [String: String]) throws(SettingsError) -> FraudHoldSettings {
        try FraudHoldSettings(SettingsReader(values, service: "fraud-hold"))
    }

    @Test("R4: defaults are 8 hours and threshold 50")
    func defaults() throws {
        let settings = try Self.settings([:])
        #expect(settings.holdDuration == 8 * 3_600)
        #expect(settings.rules.reviewThreshold == 50)
    }

    @Test("R4: hold_hours and review_threshold are read")
    func values() throws {
        let settings = try Self.settings(["hold_hours": "1.5", "review_threshold": " 75 "])
        #expect(settings.holdDuration == 5_400)
        #expect(settings.rules.reviewThreshold == 75)
    }

    @Test(
        "R4: bad or unknown settings are refused, naming the key",
        arguments: [
            ("hold_hours", "0", "expected a positive number of hours up to a year, got \"0\""),
            ("hold_hours", "eight", "expected a positive number of hours up to a year, got \"eight\""),
            ("hold_hours", "8761", "expected a positive number of hours up to a year, got \"8761\""),
            ("review_threshold", "-1", "expected an integer of at least 1, got \"-1\""),
            ("hold_hour", "8", "unknown setting (known: hold_hours, review_threshold)"),
        ])
    func refusals(key: String, value: String, reason: String) {
        let error = #expect(throws: SettingsError.self) { try Self.settings([key: value]) }
        #expect(error?.key == "services.fraud-hold.settings.\(key)")
        #expect(error?.reason == reason)
        #expect(error?.description == "config key 'services.fraud-hold.settings.\(key)': \(reason)")
    }
}
