import Payments
import ServiceKit
import Testing

/// R3: the service's policy settings: defaults, overrides, and refusals that name the key.
struct PaymentsSettingsTests {
    /// The settings read from `values`, as `services.payments.settings`.
    static func settings(_ values: [String: String]) throws(SettingsError) -> PaymentsSettings {
        try PaymentsSettings(SettingsReader(values, service: "payments"))
    }

    @Test("R3: no settings give the test gateway and the domain's retry policy")
    func defaults() throws {
        #expect(try Self.settings([:]) == PaymentsSettings())
        #expect(try Self.settings(["gateway": "test"]).retryPolicy == RetryPolicy())
    }

    @Test("R3: the retry policy can be set")
    func overrides() throws {
        let settings = try Self.settings([
            "retry_attempts": "3", "retry_initial_delay": "90s", "retry_multiplier": "1.5",
        ])
        #expect(settings.retryPolicy == RetryPolicy(maxAttempts: 3, initialDelay: 90, multiplier: 1.5))
    }

    @Test(
        "R3: unknown keys and bad values are refused with the key's name",
        arguments: [
            (["gateway": "stripe"], "gateway"),
            (["retry_attempts": "0"], "retry_attempts"),
            (["retry_attempts": "five"], "retry_attempts"),
            (["retry_initial_delay": "soon"], "retry_initial_delay"),
            (["retry_multiplier": "0.5"], "retry_multiplier"),
            (["retry_attemps": "3"], "retry_attemps"),
        ])
    func refusals(settings: [String: String], key: String) {
        let error = #expect(throws: SettingsError.self) { try Self.settings(settings) }
        #expect(error?.key == "services.payments.settings.\(key)")
    }

    @Test("R3: the refusal of another gateway says what is supported")
    func gatewayMessage() {
        let error = #expect(throws: SettingsError.self) { try Self.settings(["gateway": "stripe"]) }
        #expect(
            error?.description == """
                config key 'services.payments.settings.gateway': expected 'test' (the deterministic TestGateway, \
                the only one), got "stripe"
                """)
    }

    @Test("R3: an unknown key is refused with the keys there are")
    func unknownKeyMessage() {
        let error = #expect(throws: SettingsError.self) { try Self.settings(["retry_attemps": "3"]) }
        #expect(
            error?.reason
                == "unknown setting (known: gateway, retry_attempts, retry_initial_delay, retry_multiplier)")
    }
}
