import Contracts
import Payments
import Testing

/// R3: the test gateway's documented tokens and numbers decide the outcome, deterministically.
struct TestGatewayTests {
    /// One documented row: token, raw number, expected outcome, card country and brand.
    struct Row: Sendable, CustomTestStringConvertible {
        var token: String
        var number: String
        var outcome: String
        var country: String
        var brand: String
        var testDescription: String { token }

        init(_ token: String, _ number: String, _ outcome: String, _ country: String, _ brand: String) {
            self.token = token
            self.number = number
            self.outcome = outcome
            self.country = country
            self.brand = brand
        }
    }

    static let documented: [Row] = [
        Row("tok_visa", "4242424242424242", "approved", "US", "visa"),
        Row("tok_mastercard", "5555555555554444", "approved", "US", "mastercard"),
        Row("tok_visa_gb", "4000008260000000", "approved", "GB", "visa"),
        Row("tok_visa_br", "4000000760000002", "approved", "BR", "visa"),
        Row("tok_visa_de", "4000002760000016", "approved", "DE", "visa"),
        Row("tok_visa_fr", "4000002500000003", "approved", "FR", "visa"),
        Row("tok_visa_ca", "4000001240000000", "approved", "CA", "visa"),
        Row("tok_visa_jp", "4000003920000003", "approved", "JP", "visa"),
        Row("tok_mastercard_de", "5555552760000008", "approved", "DE", "mastercard"),
        Row("tok_declined", "4000000000000002", "card_declined", "US", "visa"),
        Row("tok_insufficient_funds", "4000000000009995", "insufficient_funds", "US", "visa"),
        Row("tok_expired_card", "4000000000000069", "expired_card", "US", "visa"),
        Row("tok_processing_error", "4000000000000119", "transient processing_error", "US", "visa"),
        Row("tok_gateway_down", "4000000000005035", "transient gateway_unavailable", "US", "visa"),
    ]

    /// `approved`, the decline code, or `transient <reason>`.
    static func outcome(_ response: GatewayResponse) -> String {
        switch response.result {
        case .approved: "approved"
        case .declined(let code): code.rawValue
        case .transientFailure(let reason): "transient \(reason)"
        }
    }

    @Test("R3: every documented token gives its outcome and card", arguments: documented)
    func documentedToken(row: Row) {
        var gateway = TestGateway()
        let response = gateway.authorise(Fixtures.usd(25_00), token: row.token, idempotencyKey: "k")
        #expect(Self.outcome(response) == row.outcome)
        #expect(response.card.country?.code == row.country)
        #expect(response.card.brand == row.brand)
        #expect(response.card.last4 == String(row.number.suffix(4)))
    }

    @Test("R3: a raw test number, with or without spaces, acts as its token", arguments: documented)
    func rawNumberActsAsToken(row: Row) {
        var gateway = TestGateway()
        let byToken = gateway.authorise(Fixtures.usd(25_00), token: row.token, idempotencyKey: "a")
        let spaced = stride(from: 0, to: 16, by: 4).map { offset in
            String(row.number.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
        for number in [row.number, spaced] {
            let byNumber = gateway.authorise(Fixtures.usd(25_00), token: number, idempotencyKey: number)
            #expect(Self.outcome(byNumber) == row.outcome)
            #expect(byNumber.card == byToken.card)
        }
    }

    @Test("R3: TestCard.all lists exactly the documented tokens, for the README")
    func tableMatchesDocumentation() {
        #expect(TestCard.all.map(\.token) == Self.documented.map(\.token))
        #expect(TestCard.all.map(\.number) == Self.documented.map(\.number))
        #expect(TestCard.all[0].summary == "tok_visa | 4242424242424242 | visa US | approve")
    }

    @Test("R4: fingerprints are stable per card and distinct between cards")
    func fingerprints() {
        var gateway = TestGateway()
        let prints = Self.documented.map {
            gateway.authorise(Fixtures.usd(1_00), token: $0.token, idempotencyKey: $0.token).card.fingerprint
        }
        var again = TestGateway()
        let visa = again.authorise(Fixtures.usd(9_00), token: "tok_visa", idempotencyKey: "x")
        #expect(prints.first == visa.card.fingerprint)
        #expect(Set(prints).count == prints.count)
    }

    @Test(
        "R3: Luhn decides invalid_card; other unknown input is unknown_card",
        arguments: [
            ("4242424242424241", DeclineCode.invalidCard),
            ("4000000000000003", .invalidCard),
            ("1234567812345678", .invalidCard),
            ("4111111111111111", .unknownCard),
            ("378282246310005", .unknownCard),
            ("1234567812345670", .unknownCard),
            ("tok_nonexistent", .unknownCard),
            ("79927398713", .unknownCard),
        ])
    func luhn(input: String, code: DeclineCode) {
        var gateway = TestGateway()
        let response = gateway.authorise(Fixtures.usd(10_00), token: input, idempotencyKey: "k")
        #expect(response.result == .declined(code))
        #expect(response.card.country == nil)
        #expect(response.card.fingerprint.hasPrefix("fp_"))
    }

    @Test("R3: tok_processing_error fails once per idempotency key, then the same key succeeds")
    func transientThenSuccess() {
        var gateway = TestGateway()
        func attempt(_ key: String) -> GatewayResponse {
            gateway.authorise(Fixtures.usd(40_00), token: "tok_processing_error", idempotencyKey: key)
        }
        #expect(Self.outcome(attempt("k1")) == "transient processing_error")
        let retry = attempt("k1")
        #expect(retry.result == .approved(authorisationID: "auth_1"))
        #expect(attempt("k1") == retry)
        #expect(Self.outcome(attempt("k2")) == "transient processing_error")
    }

    @Test("R3: tok_gateway_down never succeeds")
    func gatewayDown() {
        var gateway = TestGateway()
        for _ in 1...6 {
            let response = gateway.authorise(Fixtures.usd(40_00), token: "tok_gateway_down", idempotencyKey: "k")
            #expect(response.result == .transientFailure(reason: "gateway_unavailable"))
        }
    }

    @Test("R3: a final answer repeats for its key; a new key is a new authorisation")
    func idempotencyKeys() {
        var gateway = TestGateway()
        func attempt(_ token: String, _ key: String) -> GatewayResponse {
            gateway.authorise(Fixtures.usd(10_00), token: token, idempotencyKey: key)
        }
        let first = attempt("tok_visa", "k1")
        #expect(attempt("tok_visa", "k1") == first)
        #expect(attempt("tok_visa", "k2").result == .approved(authorisationID: "auth_2"))
        let declined = attempt("tok_declined", "k3")
        #expect(attempt("tok_declined", "k3") == declined)
    }

    @Test("R3: an amount of zero or less is declined invalid_amount", arguments: [Int64(0), -1])
    func invalidAmount(minorUnits: Int64) {
        var gateway = TestGateway()
        let response = gateway.authorise(Fixtures.usd(minorUnits), token: "tok_visa", idempotencyKey: "k")
        #expect(response.result == .declined(.invalidAmount))
    }
}
