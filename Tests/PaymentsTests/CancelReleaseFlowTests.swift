import Contracts
import Foundation
import GRDB
import Payments
import ServiceKit
import Streams
import TestSupport
import Testing

/// R4, R5, R15: `order.cancelled` during the hold voids (or stops a pending authorisation), `order.released`
/// captures; facts that need nothing change nothing, and impossible ones are dead-lettered with the domain's
/// sentence. Refunds after release are in `RefundFlowTests`.
struct CancelReleaseFlowTests {
    @Test("R15: cancelling an authorised order publishes payment.voided and releases the gateway's hold")
    func cancelAuthorised() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed())
        let cancel = try harness.apply(Fixtures.cancelled(at: Fixtures.minutes(30)))
        #expect(try harness.publishedTypes() == [PaymentAuthorised.eventType, PaymentVoided.eventType])
        let fact = try #require(try harness.envelopes(PaymentVoided.self).first)
        #expect(
            fact.data
                == PaymentVoided(
                    orderID: "o-1", authorisationID: "auth_1", amount: Fixtures.usd(100_00),
                    voidedAt: Fixtures.minutes(30)))
        #expect(fact.causation == cancel.envelopeID)
        #expect(try harness.authorisation("o-1")?.state == .voided)
        let voided = try harness.store.read { try Bool.fetchOne($0, sql: "SELECT voided FROM gatewayHold") }
        #expect(voided == true)
    }

    @Test("R15: cancelling during a retry cancels the timer and ends the authorisation voided")
    func cancelPending() throws {
        let harness = try PaymentsHarness()
        // Given an order waiting for its first retry
        try harness.apply(Fixtures.placed(token: "tok_gateway_down"))
        #expect(try harness.pendingTimers().count == 1)
        // When it is cancelled before the retry is due
        try harness.apply(Fixtures.cancelled(at: Fixtures.minutes(0.5)))
        // Then the retry is gone, the authorisation is voided, and later time makes no attempt
        #expect(try harness.pendingTimers().isEmpty)
        try harness.advance(to: Fixtures.minutes(60))
        #expect(try harness.publishedTypes() == [PaymentVoided.eventType])
        let fact = try #require(try harness.envelopes(PaymentVoided.self).first)
        #expect(fact.data.authorisationID == "")
        #expect(fact.data.voidedAt == Fixtures.minutes(0.5))
        let authorisation = try #require(try harness.authorisation("o-1"))
        #expect(authorisation.state == .voided)
        #expect(authorisation.attempts == 1)
    }

    @Test("R4: a cancel for an unknown order or a declined payment changes nothing")
    func cancelWithNothingHeld() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.cancelled("o-unknown"))
        try harness.apply(Fixtures.placed(token: "tok_declined"))
        try harness.apply(Fixtures.cancelled())
        #expect(try harness.publishedTypes() == [PaymentDeclined.eventType])
        #expect(try harness.authorisation("o-unknown") == nil)
        #expect(try harness.authorisation("o-1")?.state == .declined)
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R5: releasing an authorised order captures the authorised amount")
    func captureOnRelease() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed(total: Fixtures.eur(59_90)))
        try harness.apply(Fixtures.released(at: Fixtures.minutes(480)))
        #expect(try harness.publishedTypes() == [PaymentAuthorised.eventType, PaymentCaptured.eventType])
        let fact = try #require(try harness.envelopes(PaymentCaptured.self).first)
        #expect(
            fact.data
                == PaymentCaptured(
                    orderID: "o-1", authorisationID: "auth_1", amount: Fixtures.eur(59_90),
                    capturedAt: Fixtures.minutes(480)))
        #expect(try harness.authorisation("o-1")?.captured == Fixtures.eur(59_90))
    }

    @Test("R3: order.declined and unknown types are skipped")
    func skipped() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed(token: "tok_declined"))
        try harness.apply(OrderDeclined(orderID: "o-1", reason: "card_declined", at: Fixtures.t0))
        try harness.apply(OrderHeld(orderID: "o-1", holdUntil: nil, at: Fixtures.t0))
        #expect(try harness.publishedTypes() == [PaymentDeclined.eventType])
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R5, R15: an impossible release or refund is dead-lettered with the reason, and publishes nothing")
    func impossibleFacts() throws {
        let harness = try PaymentsHarness()
        let unknownRelease = try harness.offer(Fixtures.released("o-unknown"))
        let unknownRefund = try harness.offer(Fixtures.refunded("o-unknown"))
        try harness.apply(Fixtures.placed(token: "tok_declined"))
        let declinedRelease = try harness.offer(Fixtures.released())
        #expect([unknownRelease, unknownRefund, declinedRelease].allSatisfy { !$0.wasApplied })
        #expect(
            try harness.deadLetters().map(\.error) == [
                "Payments has no authorisation for order o-unknown, so it cannot apply order.released.",
                "Payments has no authorisation for order o-unknown, so it cannot apply order.refunded.",
                "The payment of order o-1 cannot move from declined to captured.",
            ])
        #expect(try harness.publishedTypes() == [PaymentDeclined.eventType])
    }
}
