import Contracts

/// A deterministic, in-memory `PaymentGateway` for tests, simulators and the demo: no I/O, no clock (R3).
///
/// The token (or raw test number) decides the outcome, after Stripe's test-card conventions:
///
/// | token                    | number           | card          | outcome                                       |
/// |--------------------------|------------------|---------------|-----------------------------------------------|
/// | `tok_visa`               | 4242424242424242 | visa US       | approve                                       |
/// | `tok_mastercard`         | 5555555555554444 | mastercard US | approve                                       |
/// | `tok_visa_gb`            | 4000008260000000 | visa GB       | approve                                       |
/// | `tok_visa_br`            | 4000000760000002 | visa BR       | approve                                       |
/// | `tok_visa_de`            | 4000002760000016 | visa DE       | approve                                       |
/// | `tok_visa_fr`            | 4000002500000003 | visa FR       | approve                                       |
/// | `tok_visa_ca`            | 4000001240000000 | visa CA       | approve                                       |
/// | `tok_visa_jp`            | 4000003920000003 | visa JP       | approve                                       |
/// | `tok_mastercard_de`      | 5555552760000008 | mastercard DE | approve                                       |
/// | `tok_declined`           | 4000000000000002 | visa US       | decline `card_declined`                       |
/// | `tok_insufficient_funds` | 4000000000009995 | visa US       | decline `insufficient_funds`                  |
/// | `tok_expired_card`       | 4000000000000069 | visa US       | decline `expired_card`                        |
/// | `tok_processing_error`   | 4000000000000119 | visa US       | transient once per idempotency key, then approve |
/// | `tok_gateway_down`       | 4000000000005035 | visa US       | transient `gateway_unavailable` every time    |
///
/// Any token takes a customer suffix after a `.`, 1 to 40 characters of `A-Z a-z 0-9 _ -`: `tok_visa.c42` answers
/// as `tok_visa` (outcome, brand, country, last four) but is a card of its own, with a fingerprint derived from the
/// number and the suffix, so that the fraud hold's card profiles tell customers apart (R4). Give each customer
/// their own suffix, and reuse it on their next order (`TestCardToken`).
///
/// Numbers may contain spaces or dashes. A number failing the Luhn check is declined `invalid_card`; any
/// other token or number, an unknown token with a suffix and a malformed suffix included, is declined
/// `unknown_card`; an amount ≤ 0 is declined `invalid_amount`. `TestCard.all` lists the same table for the README.
///
/// Each approval opens a hold, kept as a real gateway keeps it: a void only before capture, a capture of at
/// most the authorised amount, a refund of at most the captured amount and only after capture. Repeating the
/// same void, capture or refund is accepted again.
///
/// Its memory is public so that a service can keep it in its store and the outcomes survive a restart: a
/// gateway rebuilt with `issued` and the records of the keys and holds one call touches answers that call
/// exactly as the gateway that saved them.
public struct TestGateway: PaymentGateway, Equatable {
    /// What the gateway remembers about one idempotency key.
    public struct KeyRecord: Hashable, Sendable {
        /// Attempts so far: decides `tok_processing_error`.
        public var attempts: Int
        /// The final answer (approved or declined), repeated on retry.
        public var finalResponse: GatewayResponse?

        public init(attempts: Int, finalResponse: GatewayResponse?) {
            self.attempts = attempts
            self.finalResponse = finalResponse
        }
    }

    /// One authorisation the gateway holds: open, voided, captured, or captured and then refunded.
    public struct Hold: Hashable, Sendable {
        public var amount: Money
        public var captured: Money?
        public var voided: Bool
        /// The amount given back, at most `captured`.
        public var refunded: Money?

        public init(amount: Money, captured: Money? = nil, voided: Bool = false, refunded: Money? = nil) {
            self.amount = amount
            self.captured = captured
            self.voided = voided
            self.refunded = refunded
        }
    }

    /// Authorisations approved so far; the next one is `auth_<issued + 1>`.
    public private(set) var issued: Int
    /// Attempts and final answers per idempotency key.
    public private(set) var keys: [String: KeyRecord]
    /// Open, voided, captured and refunded authorisations by id.
    public private(set) var holds: [String: Hold]

    /// A gateway that remembers nothing yet.
    public init() {
        self.init(issued: 0, keys: [:], holds: [:])
    }

    /// A gateway that remembers `issued` approvals and these keys and holds (as a store kept them).
    public init(issued: Int, keys: [String: KeyRecord], holds: [String: Hold]) {
        self.issued = issued
        self.keys = keys
        self.holds = holds
    }

    public mutating func authorise(_ amount: Money, token: String, idempotencyKey: String) -> GatewayResponse {
        if let final = keys[idempotencyKey]?.finalResponse { return final }
        let attempt = (keys[idempotencyKey]?.attempts ?? 0) + 1
        let response = Self.answer(amount, token: token, attempt: attempt, nextID: issued + 1)
        var record = KeyRecord(attempts: attempt, finalResponse: nil)
        switch response.result {
        case .approved(let id):
            issued += 1
            holds[id] = Hold(amount: amount)
            record.finalResponse = response
        case .declined:
            record.finalResponse = response
        case .transientFailure:
            break
        }
        keys[idempotencyKey] = record
        return response
    }

    public mutating func void(authorisationID: String) -> GatewayReply {
        guard var hold = holds[authorisationID] else {
            return .refused(reason: "no authorisation \(authorisationID)")
        }
        guard hold.captured == nil else { return .refused(reason: "authorisation \(authorisationID) is captured") }
        hold.voided = true
        holds[authorisationID] = hold
        return .accepted
    }

    public mutating func capture(authorisationID: String, amount: Money) -> GatewayReply {
        guard var hold = holds[authorisationID] else {
            return .refused(reason: "no authorisation \(authorisationID)")
        }
        if let captured = hold.captured {
            return captured == amount
                ? .accepted : .refused(reason: "authorisation \(authorisationID) already captured \(captured)")
        }
        guard !hold.voided else { return .refused(reason: "authorisation \(authorisationID) is voided") }
        guard amount.currency == hold.amount.currency, amount.minorUnits > 0,
            amount.minorUnits <= hold.amount.minorUnits
        else { return .refused(reason: "cannot capture \(amount) of \(hold.amount)") }
        hold.captured = amount
        holds[authorisationID] = hold
        return .accepted
    }

    /// Refuses a hold that is not captured and more than its captured amount; one refund per hold.
    public mutating func refund(authorisationID: String, amount: Money) -> GatewayReply {
        guard var hold = holds[authorisationID] else {
            return .refused(reason: "no authorisation \(authorisationID)")
        }
        guard let captured = hold.captured else {
            return .refused(reason: "authorisation \(authorisationID) is not captured")
        }
        if let refunded = hold.refunded {
            return refunded == amount
                ? .accepted : .refused(reason: "authorisation \(authorisationID) already refunded \(refunded)")
        }
        guard amount.currency == captured.currency, amount.minorUnits > 0,
            amount.minorUnits <= captured.minorUnits
        else { return .refused(reason: "cannot refund \(amount) of \(captured) captured") }
        hold.refunded = amount
        holds[authorisationID] = hold
        return .accepted
    }

    /// The answer for one attempt, from the test-card table.
    private static func answer(_ amount: Money, token: String, attempt: Int, nextID: Int) -> GatewayResponse {
        guard let known = TestCardToken(token) else {
            guard let digits = CardNumber.digits(token) else {
                let unknown = CardDetails(
                    fingerprint: CardNumber.fingerprint(token), brand: "unknown", last4: "", country: nil)
                return GatewayResponse(result: .declined(.unknownCard), card: unknown)
            }
            let code: DeclineCode = CardNumber.passesLuhn(digits) ? .unknownCard : .invalidCard
            return GatewayResponse(result: .declined(code), card: CardNumber.unknownDetails(digits))
        }
        guard amount.minorUnits > 0 else {
            return GatewayResponse(result: .declined(.invalidAmount), card: known.details)
        }
        let approved = GatewayResponse.Result.approved(authorisationID: "auth_\(nextID)")
        let result: GatewayResponse.Result =
            switch known.card.behaviour {
            case .approve: approved
            case .decline(let code): .declined(code)
            case .failOnceThenApprove: attempt == 1 ? .transientFailure(reason: "processing_error") : approved
            case .alwaysUnavailable: .transientFailure(reason: DeclineCode.gatewayUnavailable.rawValue)
            }
        return GatewayResponse(result: result, card: known.details)
    }
}
