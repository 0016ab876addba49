import Contracts
import Foundation
import Payments
import Testing

/// R3: one order's authorisation: outcomes, idempotency per order, transient retries, and no card numbers.
struct AuthorisationTests {
    @Test("R3: an approved token authorises the order with the card's country and fingerprint")
    func approves() throws {
        // Given a pending authorisation paid with a British card
        var authorisation = try Fixtures.authorisation(token: "tok_visa_gb")
        var gateway = TestGateway()
        // When the gateway is asked
        let result = authorisation.authorise(using: &gateway, at: Fixtures.t0)
        // Then the order is authorised and the fact names the card
        guard case .authorised(let fact) = result else { Issue.record("expected authorised, got \(result)"); return }
        #expect(authorisation.state == .authorised)
        #expect(fact.orderID == "o-1")
        #expect(fact.authorisationID == "auth_1")
        #expect(fact.amount == Fixtures.usd(100_00))
        #expect(fact.card.country == CountryCode("GB"))
        #expect(fact.card.last4 == "0000")
        #expect(fact.authorisedAt == Fixtures.t0)
    }

    @Test(
        "R3: a declining token ends the authorisation declined with its reason code",
        arguments: [
            ("tok_declined", DeclineCode.cardDeclined),
            ("tok_insufficient_funds", .insufficientFunds),
            ("tok_expired_card", .expiredCard),
            ("tok_unknown", .unknownCard),
        ])
    func declines(token: String, code: DeclineCode) throws {
        var authorisation = try Fixtures.authorisation(token: token)
        var gateway = TestGateway()
        let result = authorisation.authorise(using: &gateway, at: Fixtures.t0)
        guard case .declined(let fact) = result else { Issue.record("expected declined, got \(result)"); return }
        #expect(authorisation.state == .declined)
        #expect(fact.reason == code)
        #expect(fact.attempts == 1)
        #expect(fact.declinedAt == Fixtures.t0)
        #expect(fact.card.fingerprint.hasPrefix("fp_"))
    }

    @Test(
        "R3: authorising the same order again returns the first result and never calls the gateway",
        arguments: [
            "tok_visa", "tok_declined",
        ])
    func idempotentPerOrder(token: String) throws {
        var authorisation = try Fixtures.authorisation(token: token)
        var gateway = RecordingGateway()
        let first = authorisation.authorise(using: &gateway, at: Fixtures.t0)
        let again = authorisation.authorise(using: &gateway, at: Fixtures.minutes(30))
        #expect(again == first)
        #expect(gateway.calls == ["authorise authorise-o-1"])
    }

    @Test("R3: a transient failure schedules a retry with the same key, which then succeeds")
    func transientThenSuccess() throws {
        // Given an order paid with a card whose first attempt fails transiently
        var authorisation = try Fixtures.authorisation(token: "tok_processing_error")
        var gateway = RecordingGateway()
        // When the first attempt fails, a retry is scheduled one minute later
        #expect(
            authorisation.authorise(using: &gateway, at: Fixtures.t0)
                == .retryScheduled(at: Fixtures.minutes(1), failedAttempts: 1))
        #expect(authorisation.state == .pending)
        // A call before the retry is due changes nothing and does not reach the gateway
        #expect(
            authorisation.authorise(using: &gateway, at: Fixtures.minutes(0.5))
                == .retryScheduled(at: Fixtures.minutes(1), failedAttempts: 1))
        // Then the retry at the due time succeeds with the same idempotency key
        let result = authorisation.authorise(using: &gateway, at: Fixtures.minutes(1))
        guard case .authorised(let fact) = result else { Issue.record("expected authorised, got \(result)"); return }
        #expect(fact.authorisedAt == Fixtures.minutes(1))
        #expect(authorisation.attempts == 2)
        #expect(authorisation.nextAttemptAt == nil)
        #expect(gateway.calls == ["authorise authorise-o-1", "authorise authorise-o-1"])
    }

    @Test("R3: a gateway that stays down is retried after 1, 2, 4 and 8 minutes, then declined gateway_unavailable")
    func gatewayDownDeclines() throws {
        var authorisation = try Fixtures.authorisation(token: "tok_gateway_down")
        var gateway = TestGateway()
        var now = Fixtures.t0
        var waits: [TimeInterval] = []
        while case .retryScheduled(let due, _) = authorisation.authorise(using: &gateway, at: now) {
            waits.append(due.timeIntervalSince(now))
            now = due
        }
        #expect(waits == [60, 120, 240, 480])
        #expect(authorisation.state == .declined)
        let result = authorisation.authorise(using: &gateway, at: now)
        guard case .declined(let fact) = result else { Issue.record("expected declined, got \(result)"); return }
        #expect(fact.reason == .gatewayUnavailable)
        #expect(fact.attempts == 5)
        #expect(fact.declinedAt == Fixtures.minutes(15))
    }

    @Test(
        "R3: a raw card number never becomes a payment token",
        arguments: ["4242424242424242", "4242 4242 4242 4242", "4000-0000-0000-0002"])
    func refusesCardNumbers(token: String) {
        #expect(throws: PaymentError.cardNumberNotAllowed(orderID: "o-1")) {
            try Fixtures.authorisation(token: token)
        }
    }

    @Test("R3: an amount of zero or less is refused", arguments: [Int64(0), -500])
    func refusesNonPositiveAmounts(minorUnits: Int64) {
        #expect(throws: PaymentError.invalidAmount(orderID: "o-1", Fixtures.usd(minorUnits))) {
            try Fixtures.authorisation(amount: Fixtures.usd(minorUnits))
        }
    }

    @Test("R3: errors are sentences naming the order and the states")
    func errorSentences() {
        #expect(
            PaymentError.invalidTransition(orderID: "o-1", from: .declined, to: .captured).description
                == "The payment of order o-1 cannot move from declined to captured.")
        #expect(
            PaymentError.cardNumberNotAllowed(orderID: "o-1").description
                == "Order o-1 sent a raw card number; Dropline accepts only a gateway payment token (R3).")
    }
}
