import Contracts
import Foundation
import Payments
import Testing

/// R3, R4: a customer suffix (`tok_visa.c42`) makes any test token a card of its own: the same outcome, brand,
/// country and last four, its own fingerprint, so that the fraud hold's card profiles tell customers apart.
struct TestCardSuffixTests {
    /// One answer of a fresh gateway for `token`, 25.00 USD, key `k`.
    static func answer(_ token: String) -> GatewayResponse {
        var gateway = TestGateway()
        return gateway.authorise(Fixtures.usd(25_00), token: token, idempotencyKey: "k")
    }

    @Test(
        "R3, R4: a suffixed token answers as its documented token, with a fingerprint of its own",
        arguments: TestGatewayTests.documented)
    func suffixKeepsTheOutcome(row: TestGatewayTests.Row) {
        let plain = Self.answer(row.token)
        let suffixed = Self.answer(row.token + ".c0042")
        #expect(TestGatewayTests.outcome(suffixed) == row.outcome)
        #expect(suffixed.card.brand == row.brand)
        #expect(suffixed.card.country?.code == row.country)
        #expect(suffixed.card.last4 == String(row.number.suffix(4)))
        #expect(suffixed.card.fingerprint.hasPrefix("fp_"))
        #expect(suffixed.card.fingerprint != plain.card.fingerprint)
    }

    @Test("R4: one suffix is one card, on any gateway; each suffix and each token is another card")
    func fingerprintsPerSuffix() {
        let tokens = [
            "tok_visa", "tok_visa.c1", "tok_visa.c2", "tok_visa.C1", "tok_visa.c1-s1", "tok_mastercard.c1",
            "tok_visa_jp.c1", "tok_declined.c1",
        ]
        let prints = tokens.map { Self.answer($0).card.fingerprint }
        #expect(Set(prints).count == tokens.count)
        var gateway = TestGateway()
        let again = gateway.authorise(Fixtures.usd(7_00), token: "tok_visa.c1", idempotencyKey: "other")
        #expect(again.card.fingerprint == prints[1])
        #expect(again.result == .approved(authorisationID: "auth_1"))
        #expect(Self.answer("4242424242424242").card.fingerprint == prints[0])
    }

    @Test(
        "R3: a suffix of 1 to 40 characters of A-Z a-z 0-9 _ - is accepted",
        arguments: ["x", "c0042", "c42-s1", "Customer_7", "A-Z_a-z_0-9", String(repeating: "z", count: 40)])
    func wellFormedSuffix(suffix: String) {
        let response = Self.answer("tok_visa_gb." + suffix)
        #expect(response.result == .approved(authorisationID: "auth_1"))
        #expect(response.card.country == CountryCode("GB"))
    }

    @Test(
        "R3: an unknown token or a malformed suffix is declined unknown_card, as any unknown token",
        arguments: [
            "tok_visa.", "tok_visa..c1", "tok_visa.c1.c2", "tok_visa.c 1", "tok_visa.c/1", "tok_visa.c+1",
            "tok_visa.é", "tok_visa.c１", "tok_visa." + String(repeating: "z", count: 41), "tok_nonexistent.c1",
            "tok_Visa.c1", "TOK_VISA.c1", ".c1", "tok_visa_c1", "tok_visa:c1", "tok_visa .c1",
            "4242424242424242.c1", "4242 4242 4242 4242.c1",
        ])
    func unknownOrMalformed(token: String) {
        let response = Self.answer(token)
        #expect(response.result == .declined(.unknownCard))
        #expect(response.card.country == nil)
        #expect(response.card.brand == "unknown")
    }

    @Test("R3: a suffixed tok_processing_error fails once per idempotency key, then the same key succeeds")
    func transientWithSuffix() {
        var gateway = TestGateway()
        func attempt(_ key: String) -> GatewayResponse {
            gateway.authorise(Fixtures.usd(40_00), token: "tok_processing_error.c9", idempotencyKey: key)
        }
        #expect(TestGatewayTests.outcome(attempt("k1")) == "transient processing_error")
        #expect(attempt("k1").result == .approved(authorisationID: "auth_1"))
        #expect(TestGatewayTests.outcome(attempt("k2")) == "transient processing_error")
    }

    @Test("R3: placement keeps a suffixed token and asks the gateway")
    func placementKeepsSuffixedToken() {
        var authorisation = Authorisation.placed(
            orderID: "o-1", amount: Fixtures.usd(100_00), paymentToken: " tok_visa.c0042 ", at: Fixtures.t0)
        #expect(authorisation.state == .pending)
        #expect(authorisation.paymentToken == "tok_visa.c0042")
        var gateway = RecordingGateway()
        guard case .authorised(let fact) = authorisation.authorise(using: &gateway, at: Fixtures.t0) else {
            Issue.record("expected authorised")
            return
        }
        #expect(fact.card.fingerprint == Self.answer("tok_visa.c0042").card.fingerprint)
        #expect(gateway.calls == ["authorise authorise-o-1"])
    }

    @Test(
        "R3: a raw card number stays refused with a suffix: declined invalid_card at placement and dropped",
        arguments: ["4242424242424242.c1", "4242 4242 4242 4242.c0042", "5555-5555-5555-4444.x.y"])
    func rawNumberWithSuffix(token: String) throws {
        var authorisation = Authorisation.placed(
            orderID: "o-1", amount: Fixtures.usd(100_00), paymentToken: token, at: Fixtures.t0)
        var gateway = RecordingGateway()
        guard case .declined(let fact) = authorisation.authorise(using: &gateway, at: Fixtures.t0) else {
            Issue.record("expected declined")
            return
        }
        #expect(fact.reason == .invalidCard)
        #expect(authorisation.paymentToken == "")
        let number = String(TestCardSuffixTests.digits(token))
        #expect(fact.card.last4 == String(number.suffix(4)))
        let stored = String(decoding: try JSONEncoder().encode(authorisation), as: UTF8.self)
        #expect(!stored.contains(number))
        #expect(gateway.calls.isEmpty)
        #expect(throws: PaymentError.cardNumberNotAllowed(orderID: "o-1")) {
            try Authorisation(orderID: "o-1", amount: Fixtures.usd(1_00), paymentToken: token)
        }
    }

    @Test("R3: payments.test_cards states the suffix syntax")
    func documented() {
        let rule = TestCard.customerSuffixRule
        #expect(rule.contains("tok_visa.c42"))
        #expect(rule.contains("1 to 40 characters of A-Z a-z 0-9 _ -"))
        #expect(rule.contains("unknown_card"))
    }

    /// The card number before the suffix, without spaces or dashes.
    static func digits(_ token: String) -> Substring {
        token.prefix { $0 != "." }.filter(\.isNumber)[...]
    }
}
