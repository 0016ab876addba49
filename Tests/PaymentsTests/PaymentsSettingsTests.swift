import Payments
import Testing

/// R3: the service's policy settings: defaults, overrides, and refusals that name the key.
struct PaymentsSettingsTests {
    @Test("R3: no settings give the test gateway and the domain's retry policy")
    func defaults() throws {
        #expect(try PaymentsSettings([:]) == PaymentsSettings())
        #expect(try PaymentsSettings(["gateway": "test"]).retryPolicy == RetryPolicy())
    }

    @Test("R3: the retry policy can be set")
    func overrides() throws {
        let settings = try PaymentsSettings([
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
        #expect {
            try PaymentsSettings(settings)
        } throws: { error in
            guard case .setting(let refused, _) = error as? PaymentsServiceError else { return false }
            return refused == key
        }
    }

    @Test("R3: the refusal of another gateway says what is supported")
    func gatewayMessage() {
        #expect(
            PaymentsServiceError.setting(
                key: "gateway", reason: "only 'test' (the deterministic TestGateway) is supported, got \"stripe\""
            ).description
                == "Payments setting 'gateway': only 'test' (the deterministic TestGateway) is supported, got \"stripe\"."
        )
        #expect(throws: PaymentsServiceError.self) { try PaymentsSettings(["gateway": "stripe"]) }
    }
}
