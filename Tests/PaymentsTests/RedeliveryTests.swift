import Contracts
import Foundation
import GRDB
import Payments
import ServiceKit
import TestSupport
import Testing

/// R3, R5: a redelivered fact (the same event again, or the same fact in a later event) changes nothing and
/// publishes nothing: every input is idempotent on the order's authorisation.
struct RedeliveryTests {
    @Test("R3: redelivered order.placed, order.cancelled and order.released publish each fact once")
    func everyInputOnce() throws {
        let harness = try PaymentsHarness()
        // Given an authorised order captured at release, and another voided on cancel
        let deliveries = [
            try harness.apply(Fixtures.placed("o-1")),
            try harness.apply(Fixtures.released("o-1")),
            try harness.apply(Fixtures.placed("o-2")),
            try harness.apply(Fixtures.cancelled("o-2")),
        ]
        let before = try harness.publishedTypes()
        // When every event is handed to the handler again, and the same facts come again in later events
        for delivery in deliveries { try harness.redeliver(delivery) }
        try harness.apply(Fixtures.placed("o-1", at: Fixtures.minutes(600)))
        try harness.apply(Fixtures.released("o-1", at: Fixtures.minutes(600)))
        try harness.apply(Fixtures.placed("o-2", at: Fixtures.minutes(600)))
        try harness.apply(Fixtures.cancelled("o-2", at: Fixtures.minutes(600)))
        // Then nothing new is published and the authorisations keep their first times
        #expect(
            before == [
                PaymentAuthorised.eventType, PaymentCaptured.eventType, PaymentAuthorised.eventType,
                PaymentVoided.eventType,
            ])
        #expect(try harness.publishedTypes() == before)
        #expect(try harness.authorisation("o-1")?.capturedAt == Fixtures.minutes(480))
        #expect(try harness.authorisation("o-2")?.voidedAt == Fixtures.t0)
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R3: a redelivered order.placed while a retry waits makes no second attempt and keeps the timer")
    func placedWhilePending() throws {
        let harness = try PaymentsHarness()
        let placement = try harness.apply(Fixtures.placed(token: "tok_gateway_down"))
        let timers = try harness.pendingTimers()
        try harness.redeliver(placement)
        try harness.apply(Fixtures.placed(token: "tok_gateway_down", at: Fixtures.minutes(0.5)))
        #expect(try harness.authorisation("o-1")?.attempts == 1)
        #expect(try harness.pendingTimers() == timers)
        let attempts = try harness.store.read { try Int.fetchOne($0, sql: "SELECT attempts FROM gatewayKey") }
        #expect(attempts == 1)
    }

    @Test("R3: a redelivered decline for a missing token publishes nothing more")
    func declinedAtPlacementOnce() throws {
        let harness = try PaymentsHarness()
        let placement = try harness.apply(Fixtures.placed(token: nil))
        try harness.redeliver(placement)
        #expect(try harness.publishedTypes() == [PaymentDeclined.eventType])
    }
}
