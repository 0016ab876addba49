import Contracts
import Foundation
import GRDB
import Payments
import ServiceKit
import TestSupport
import Testing

/// R3: `order.placed` authorises through the service: approvals, declines, transient failures retried on durable
/// timers at the domain's times, and input that cannot be paid, all on a real store.
struct AuthorisationFlowTests {
    @Test("R3: an approved token publishes payment.authorised in the placement's transaction")
    func approves() throws {
        let harness = try PaymentsHarness()
        // Given an order paid with a British card
        let placement = try harness.apply(Fixtures.placed(token: "tok_visa_gb"))
        // Then the authorisation is stored and its fact published, correlated with the order
        let authorisation = try #require(try harness.authorisation("o-1"))
        #expect(authorisation.state == .authorised)
        #expect(authorisation.attempts == 1)
        let facts = try harness.envelopes(PaymentAuthorised.self)
        #expect(facts.count == 1)
        let fact = try #require(facts.first)
        #expect(fact.data.authorisationID == "auth_1")
        #expect(fact.data.amount == Fixtures.usd(100_00))
        #expect(fact.data.card.country == CountryCode("GB"))
        #expect(fact.data.authorisedAt == Fixtures.t0)
        #expect(fact.correlation == "o-1")
        #expect(fact.causation == placement.envelopeID)
        #expect(try harness.pendingTimers().isEmpty)
        // And the row keeps money in minor units and times in milliseconds, never a card number
        let row = try #require(
            try harness.store.read {
                try Row.fetchOne(
                    $0,
                    sql: """
                        SELECT orderID, amountMinor, currency, paymentToken, cardLast4, cardCountry, decidedAt
                        FROM authorisation
                        """)
            })
        #expect(row["orderID"] == "o-1")
        #expect(row["amountMinor"] == 10000)
        #expect(row["currency"] == "USD")
        #expect(row["paymentToken"] == "tok_visa_gb")
        #expect(row["cardLast4"] == "0000")
        #expect(row["cardCountry"] == "GB")
        #expect(row["decidedAt"] == DomainTime.milliseconds(Fixtures.t0))
    }

    @Test(
        "R3: each declining token publishes payment.declined with its code",
        arguments: [
            ("tok_declined", DeclineCode.cardDeclined),
            ("tok_insufficient_funds", .insufficientFunds),
            ("tok_expired_card", .expiredCard),
            ("tok_nonexistent", .unknownCard),
        ])
    func declines(token: String, code: DeclineCode) throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed(token: token))
        #expect(try harness.publishedTypes() == [PaymentDeclined.eventType])
        let fact = try #require(try harness.envelopes(PaymentDeclined.self).first)
        #expect(fact.data.reason == code)
        #expect(fact.data.attempts == 1)
        #expect(try harness.authorisation("o-1")?.declineCode == code)
        #expect(try harness.pendingTimers().isEmpty)
    }

    @Test(
        "R3: a missing, empty or raw-number token is declined invalid_card: no crash, no dead letter, no number kept",
        arguments: [String?.none, "", "4242424242424242", "4000 0000 0000 0002"])
    func unpayableToken(token: String?) throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed(token: token))
        let fact = try #require(try harness.envelopes(PaymentDeclined.self).first)
        #expect(fact.data.reason == .invalidCard)
        #expect(fact.data.attempts == 0)
        #expect(try harness.deadLetters().count == 0)
        let digits = (token ?? "").filter(\.isNumber)
        let stored = try harness.store.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT paymentToken || coalesce(cardFingerprint, '') || coalesce(cardBrand, '')
                        || coalesce(cardLast4, '') FROM authorisation
                    """)
                + String.fetchAll(db, sql: "SELECT CAST(body AS TEXT) FROM outboxEvent")
        }
        #expect(stored.allSatisfy { digits.isEmpty || !$0.contains(digits) })
    }

    @Test("R3: a transient failure schedules a retry timer; the retry in the timer's transaction approves")
    func transientThenSuccess() throws {
        let harness = try PaymentsHarness()
        // Given a card whose first attempt fails transiently
        try harness.apply(Fixtures.placed(token: "tok_processing_error"))
        // Then nothing is published yet and a retry is due one minute later
        #expect(try harness.publishedTypes().isEmpty)
        #expect(try harness.pendingTimers().map(\.due) == [Fixtures.minutes(1)])
        #expect(try harness.authorisation("o-1")?.state == .pending)
        // When simulated time passes the due time
        try harness.advance(to: Fixtures.minutes(5))
        // Then the retry ran at its domain time and was approved
        let fact = try #require(try harness.envelopes(PaymentAuthorised.self).first)
        #expect(fact.data.authorisedAt == Fixtures.minutes(1))
        #expect(fact.correlation == "o-1")
        #expect(try harness.authorisation("o-1")?.attempts == 2)
        #expect(try harness.pendingTimers().isEmpty)
    }

    @Test("R3: a gateway that stays down is retried at 1, 2, 4, 8 minutes, then declined after 5 attempts")
    func gatewayDown() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed(token: "tok_gateway_down"))
        // When each timer is fired at its own domain time
        let fired = try harness.fireTimersInTurn(until: Fixtures.minutes(60))
        // Then the waits were 1, 2, 4 and 8 minutes and the fifth failure declined the payment
        #expect(fired == [1, 3, 7, 15].map { Fixtures.minutes($0) })
        #expect(try harness.publishedTypes() == [PaymentDeclined.eventType])
        let fact = try #require(try harness.envelopes(PaymentDeclined.self).first)
        #expect(fact.data.reason == .gatewayUnavailable)
        #expect(fact.data.attempts == 5)
        #expect(fact.data.declinedAt == Fixtures.minutes(15))
        #expect(try harness.pendingTimers().isEmpty)
    }

    @Test("R3: one clock jump past every retry fires them in turn at their domain times, with the same outcome")
    func clockJump() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed(token: "tok_gateway_down"))
        try harness.advance(to: Fixtures.minutes(480))
        let fact = try #require(try harness.envelopes(PaymentDeclined.self).first)
        #expect(fact.data.attempts == 5)
        #expect(fact.data.declinedAt == Fixtures.minutes(15))
    }

    @Test("R3: the retry policy follows the settings")
    func customPolicy() throws {
        let settings = try PaymentsSettingsTests.settings(["retry_attempts": "2", "retry_initial_delay": "30s"])
        let harness = try PaymentsHarness(settings: settings)
        try harness.apply(Fixtures.placed(token: "tok_gateway_down"))
        #expect(try harness.fireTimersInTurn(until: Fixtures.minutes(60)) == [Fixtures.t0.addingTimeInterval(30)])
        let fact = try #require(try harness.envelopes(PaymentDeclined.self).first)
        #expect(fact.data.attempts == 2)
        #expect(fact.data.reason == .gatewayUnavailable)
    }

    @Test("R3: an event later than the service's clock is authorised at the event's time, and vice versa")
    func domainTime() throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed("o-1", at: Fixtures.minutes(10)))
        try harness.advance(to: Fixtures.minutes(60))
        try harness.apply(Fixtures.placed("o-2", at: Fixtures.minutes(20)))
        #expect(
            try harness.envelopes(PaymentAuthorised.self).map(\.data.authorisedAt) == [
                Fixtures.minutes(10), Fixtures.minutes(60),
            ])
    }
}
