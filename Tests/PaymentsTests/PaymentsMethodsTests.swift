import Contracts
import Foundation
import Payments
import ServiceKit
import TestSupport
import Testing

/// R3, R15: `payments.show` and `payments.test_cards` through the router, as the ROUTER socket calls them.
struct PaymentsMethodsTests {
    /// The error object of a refused call.
    struct ErrorBody: Decodable {
        var error: RPCFailure
    }

    @Test("R3: payments.show returns the authorisation: state, amount, card, attempts, decline code, times")
    func show() async throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed("o-1", token: "tok_visa_jp"))
        try harness.apply(Fixtures.placed("o-2", token: "tok_gateway_down"))
        let (ok, body) = await harness.call("payments.show", json: #"{"orderID":"o-1"}"#)
        #expect(ok)
        let view = try DomainTime.makeDecoder().decode(AuthorisationView.self, from: body)
        #expect(view.state == .authorised)
        #expect(view.amount == Fixtures.usd(100_00))
        #expect(view.card?.brand == "visa")
        #expect(view.card?.last4 == "0003")
        #expect(view.card?.country == CountryCode("JP"))
        #expect(view.attempts == 1)
        #expect(view.authorisationID == "auth_1")
        #expect(view.decidedAt == Fixtures.t0)
        #expect(!String(decoding: body, as: UTF8.self).contains("fingerprint"))
        let pending = try DomainTime.makeDecoder().decode(
            AuthorisationView.self, from: await harness.call("payments.show", json: #"{"orderID":"o-2"}"#).body)
        #expect(pending.state == .pending)
        #expect(pending.nextAttemptAt == Fixtures.minutes(1))
        #expect(pending.decidedAt == nil)
    }

    @Test("R15: payments.show shows a refunded payment with its capture and its refund time")
    func showRefunded() async throws {
        let harness = try PaymentsHarness()
        try harness.apply(Fixtures.placed())
        try harness.apply(Fixtures.released(at: Fixtures.minutes(480)))
        try harness.apply(Fixtures.refunded(at: Fixtures.minutes(600)))
        let (ok, body) = await harness.call("payments.show", json: #"{"orderID":"o-1"}"#)
        #expect(ok)
        let view = try DomainTime.makeDecoder().decode(AuthorisationView.self, from: body)
        #expect(view.state == .refunded)
        #expect(view.captured == Fixtures.usd(100_00))
        #expect(view.capturedAt == Fixtures.minutes(480))
        #expect(view.refundedAt == Fixtures.minutes(600))
        #expect(String(decoding: body, as: UTF8.self).contains(#""state":"refunded""#))
    }

    @Test(
        "R3: payments.show refuses by naming the field orderID",
        arguments: [
            (#"{"orderID":"o-9"}"#, "not_found"),
            (#"{"orderID":"  "}"#, "invalid_request"),
            (#"{}"#, "invalid_request"),
            (#"{"orderID":7}"#, "invalid_request"),
        ])
    func showRefusals(body: String, code: String) async throws {
        let harness = try PaymentsHarness()
        let (ok, reply) = await harness.call("payments.show", json: body)
        #expect(!ok)
        let failure = try JSONDecoder().decode(ErrorBody.self, from: reply).error
        #expect(failure.code == code)
        #expect(failure.field == "orderID")
    }

    @Test("R3: payments.test_cards lists every documented token and number with its outcome, and the suffix syntax")
    func testCards() async throws {
        let harness = try PaymentsHarness()
        let (ok, body) = await harness.call("payments.test_cards", json: "{}")
        #expect(ok)
        let view = try JSONDecoder().decode(TestCardsView.self, from: body)
        #expect(view.cards.map(\.token) == TestCard.all.map(\.token))
        #expect(view.cards.map(\.number) == TestCard.all.map(\.number))
        let declined = try #require(view.cards.first { $0.token == "tok_insufficient_funds" })
        #expect(declined.outcome == "decline: insufficient_funds")
        #expect(declined.country == CountryCode("US"))
        #expect(view.customerSuffix == TestCard.customerSuffixRule)
    }
}
