import Contracts
import Foundation
import GRDB
import Payments
import TestSupport
import Testing

/// R4, R6, R15: after release, `order.cancelled` (the merchant cancels) and `order.refunded` (no supplier could
/// ship) refund the captured payment; before capture they void it. `payment.refunded` is published once, however
/// often the fact arrives.
struct RefundFlowTests {
    /// The amount the test gateway has refunded on `auth_1`, if any.
    static func gatewayRefund(_ harness: PaymentsHarness) throws -> Int64? {
        try harness.store.read {
            try Int64.fetchOne($0, sql: "SELECT refundedMinor FROM gatewayHold WHERE authorisationID = 'auth_1'")
        }
    }

    @Test("R15: a merchant's cancel after release publishes payment.refunded once, even when redelivered")
    func merchantCancelAfterRelease() throws {
        let harness = try PaymentsHarness()
        // Given an order authorised and captured at release
        try harness.apply(Fixtures.placed(total: Fixtures.eur(59_90)))
        try harness.apply(Fixtures.released(at: Fixtures.minutes(480)))
        // When the merchant cancels it
        let cancel = try harness.apply(
            Fixtures.cancelled(cause: .merchantCancelled, at: Fixtures.minutes(540)))
        // Then the whole captured amount is refunded at the gateway and the fact is published
        let fact = try #require(try harness.envelopes(PaymentRefunded.self).first)
        #expect(
            fact.data
                == PaymentRefunded(
                    orderID: "o-1", authorisationID: "auth_1", amount: Fixtures.eur(59_90),
                    refundedAt: Fixtures.minutes(540)))
        #expect(fact.causation == cancel.envelopeID)
        #expect(fact.correlation == "o-1")
        let authorisation = try #require(try harness.authorisation("o-1"))
        #expect(authorisation.state == .refunded)
        #expect(authorisation.refundedAt == Fixtures.minutes(540))
        #expect(try Self.gatewayRefund(harness) == 59_90)
        // And the same fact again, redelivered or in later events, publishes nothing more
        try harness.redeliver(cancel)
        try harness.apply(Fixtures.cancelled(cause: .merchantCancelled, at: Fixtures.minutes(600)))
        try harness.apply(Fixtures.refunded(at: Fixtures.minutes(660)))
        #expect(
            try harness.publishedTypes() == [
                PaymentAuthorised.eventType, PaymentCaptured.eventType, PaymentRefunded.eventType,
            ])
        #expect(try harness.authorisation("o-1")?.refundedAt == Fixtures.minutes(540))
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R6, R15: order.refunded after an abandoned dispatch refunds the captured payment once")
    func refundedAfterAbandonedDispatch() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed())
        try harness.apply(Fixtures.released(at: Fixtures.minutes(480)))
        let refund = try harness.apply(Fixtures.refunded(at: Fixtures.minutes(600)))
        try harness.redeliver(refund)
        let facts = try harness.envelopes(PaymentRefunded.self)
        #expect(facts.count == 1)
        #expect(facts.first?.data.amount == Fixtures.usd(100_00))
        #expect(facts.first?.data.refundedAt == Fixtures.minutes(600))
        #expect(facts.first?.causation == refund.envelopeID)
        #expect(try harness.authorisation("o-1")?.state == .refunded)
        #expect(try Self.gatewayRefund(harness) == 100_00)
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R15: order.refunded of a payment only authorised voids it, once")
    func refundedBeforeCapture() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed())
        let refund = try harness.apply(Fixtures.refunded(at: Fixtures.minutes(30)))
        try harness.redeliver(refund)
        #expect(try harness.publishedTypes() == [PaymentAuthorised.eventType, PaymentVoided.eventType])
        #expect(try harness.envelopes(PaymentVoided.self).first?.data.voidedAt == Fixtures.minutes(30))
        #expect(try harness.authorisation("o-1")?.state == .voided)
    }

    @Test("R4: a cancel before release still voids; a later refund finds nothing to give back")
    func cancelBeforeReleaseVoids() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed())
        try harness.apply(Fixtures.cancelled(at: Fixtures.minutes(30)))
        try harness.apply(Fixtures.refunded(at: Fixtures.minutes(600)))
        #expect(try harness.publishedTypes() == [PaymentAuthorised.eventType, PaymentVoided.eventType])
        let authorisation = try #require(try harness.authorisation("o-1"))
        #expect(authorisation.state == .voided)
        #expect(authorisation.refundedAt == nil)
        #expect(try Self.gatewayRefund(harness) == nil)
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R3, R15: cancel or refund of a declined payment changes nothing")
    func declinedHasNothingToGiveBack() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed(token: "tok_declined"))
        try harness.apply(Fixtures.cancelled(cause: .merchantCancelled, at: Fixtures.minutes(30)))
        try harness.apply(Fixtures.refunded(at: Fixtures.minutes(600)))
        #expect(try harness.publishedTypes() == [PaymentDeclined.eventType])
        #expect(try harness.authorisation("o-1")?.state == .declined)
        #expect(try harness.deadLetters().count == 0)
    }
}
