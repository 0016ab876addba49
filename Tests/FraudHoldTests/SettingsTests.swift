import FraudHold
import Testing

/// R4: the hold duration and review threshold come from the mesh config's policy settings.
struct SettingsTests {
    @Test("R4: defaults are 8 hours and threshold 50")
    func defaults() throws {
        let settings = try FraudHoldSettings([:], service: "fraud-hold")
        #expect(settings.holdDuration == 8 * 3_600)
        #expect(settings.rules.reviewThreshold == 50)
    }

    @Test("R4: hold_hours and review_threshold are read")
    func values() throws {
        let settings = try FraudHoldSettings(["hold_hours": "1.5", "review_threshold": " 75 "], service: "fraud-hold")
        #expect(settings.holdDuration == 5_400)
        #expect(settings.rules.reviewThreshold == 75)
    }

    @Test(
        "R4: bad or unknown settings are refused, naming the key",
        arguments: [
            ("hold_hours", "0", "expected a positive number of hours, got \"0\""),
            ("hold_hours", "eight", "expected a positive number of hours, got \"eight\""),
            ("review_threshold", "-1", "expected a positive integer, got \"-1\""),
            ("hold_hour", "8", "unknown setting (known: hold_hours, review_threshold)"),
        ])
    func refusals(key: String, value: String, reason: String) {
        let error = #expect(throws: FraudHoldSettingsError.self) {
            try FraudHoldSettings([key: value], service: "fraud-hold")
        }
        #expect(error?.key == "services.fraud-hold.settings.\(key)")
        #expect(error?.reason == reason)
    }
}
