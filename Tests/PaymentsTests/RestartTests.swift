import Contracts
import Foundation
import Payments
import ServiceKit
import TestSupport
import Testing

/// R3: the outcome is the same after a restart: the authorisations, their retry timers and the test gateway's
/// memory are all in the store, so a reopened store continues where it stopped.
struct RestartTests {
    /// One scenario: retries, a second order, a cancel, a release and a refund, with `restart` called between
    /// steps on the harness each step ran on; returns the harness of the last step.
    static func scenario(
        _ start: PaymentsHarness, restart: (PaymentsHarness) throws -> PaymentsHarness
    ) throws -> PaymentsHarness {
        var harness = start
        let steps: [(PaymentsHarness) throws -> Void] = [
            { try $0.apply(Fixtures.placed("o-1", token: "tok_processing_error")) },
            { try $0.apply(Fixtures.placed("o-2", token: "tok_gateway_down")) },
            { try $0.advance(to: Fixtures.minutes(2)) },
            { try $0.apply(Fixtures.placed("o-3", token: "tok_mastercard", at: Fixtures.minutes(3))) },
            { try $0.advance(to: Fixtures.minutes(20)) },
            { try $0.apply(Fixtures.cancelled("o-1", at: Fixtures.minutes(30))) },
            { try $0.apply(Fixtures.released("o-3", at: Fixtures.minutes(480))) },
            { try $0.apply(Fixtures.cancelled("o-3", cause: .merchantCancelled, at: Fixtures.minutes(600))) },
        ]
        for (index, step) in steps.enumerated() {
            if index > 0 { harness = try restart(harness) }
            try step(harness)
        }
        return harness
    }

    /// The published facts without their envelope ids: type, correlation and data.
    static func facts(_ harness: PaymentsHarness) throws -> [String] {
        let encoder = DomainTime.makeEncoder()
        func describe<Payload: EventPayload>(_ type: Payload.Type) throws -> [(UInt64, String)] {
            try harness.envelopes(type).map {
                (
                    $0.seq,
                    "\($0.type) \($0.correlation ?? "") " + String(decoding: try encoder.encode($0.data), as: UTF8.self)
                )
            }
        }
        let all =
            try describe(PaymentAuthorised.self) + describe(PaymentDeclined.self) + describe(PaymentVoided.self)
            + describe(PaymentCaptured.self) + describe(PaymentRefunded.self)
        return all.sorted { $0.0 < $1.0 }.map(\.1)
    }

    @Test("R3: reopening the store between every step publishes exactly what an uninterrupted run does")
    func sameOutcomeAfterRestarts() throws {
        // Given the scenario run once without a restart
        let steady = try Self.scenario(try PaymentsHarness()) { $0 }
        // When it runs again with the store closed and reopened between steps
        let restarted = try Self.scenario(try PaymentsHarness()) { try $0.reopened() }
        // Then the facts are the same, in the same order
        let expected = try Self.facts(steady)
        #expect(try Self.facts(restarted) == expected)
        #expect(
            try steady.publishedTypes() == [
                PaymentAuthorised.eventType, PaymentAuthorised.eventType, PaymentDeclined.eventType,
                PaymentVoided.eventType, PaymentCaptured.eventType, PaymentRefunded.eventType,
            ])
    }

    @Test("R3: after a restart tok_processing_error's retry approves (the gateway remembers the first attempt)")
    func gatewayMemorySurvives() throws {
        let first = try PaymentsHarness()
        try first.apply(Fixtures.placed("o-1", token: "tok_processing_error"))
        try first.apply(Fixtures.placed("o-2", token: "tok_visa"))
        let harness = try first.reopened()
        try harness.advance(to: Fixtures.minutes(1))
        let ids = try harness.envelopes(PaymentAuthorised.self).map { "\($0.data.orderID) \($0.data.authorisationID)" }
        #expect(ids == ["o-2 auth_1", "o-1 auth_2"])
        #expect(try harness.authorisation("o-1")?.attempts == 2)
    }
}
