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
/// Numbers may contain spaces or dashes. A number failing the Luhn check is declined `invalid_card`; any
/// other token or number is declined `unknown_card`; an amount ≤ 0 is declined `invalid_amount`.
/// `TestCard.all` lists the same table for the README.
public struct TestGateway: PaymentGateway, Equatable {
    /// Attempts so far per idempotency key: decides `tok_processing_error`.
    private var attempts: [String: Int] = [:]
    /// Final answers per idempotency key, repeated on retry.
    private var finalResponses: [String: GatewayResponse] = [:]
    /// Open, voided and captured authorisations by id.
    private var ledger: [String: Entry] = [:]

    /// One authorisation the gateway holds.
    private struct Entry: Equatable {
        var amount: Money
        var captured: Money?
        var voided = false
    }

    public init() {}

    public mutating func authorise(_ amount: Money, token: String, idempotencyKey: String) -> GatewayResponse {
        if let final = finalResponses[idempotencyKey] { return final }
        let attempt = attempts[idempotencyKey, default: 0] + 1
        attempts[idempotencyKey] = attempt
        let response = Self.answer(amount, token: token, attempt: attempt, nextID: ledger.count + 1)
        switch response.result {
        case .approved(let id):
            ledger[id] = Entry(amount: amount)
            finalResponses[idempotencyKey] = response
        case .declined:
            finalResponses[idempotencyKey] = response
        case .transientFailure:
            break
        }
        return response
    }

    public mutating func void(authorisationID: String) -> GatewayReply {
        guard var entry = ledger[authorisationID] else {
            return .refused(reason: "no authorisation \(authorisationID)")
        }
        guard entry.captured == nil else { return .refused(reason: "authorisation \(authorisationID) is captured") }
        entry.voided = true
        ledger[authorisationID] = entry
        return .accepted
    }

    public mutating func capture(authorisationID: String, amount: Money) -> GatewayReply {
        guard var entry = ledger[authorisationID] else {
            return .refused(reason: "no authorisation \(authorisationID)")
        }
        if let captured = entry.captured {
            return captured == amount
                ? .accepted : .refused(reason: "authorisation \(authorisationID) already captured \(captured)")
        }
        guard !entry.voided else { return .refused(reason: "authorisation \(authorisationID) is voided") }
        guard amount.currency == entry.amount.currency, amount.minorUnits > 0,
            amount.minorUnits <= entry.amount.minorUnits
        else { return .refused(reason: "cannot capture \(amount) of \(entry.amount)") }
        entry.captured = amount
        ledger[authorisationID] = entry
        return .accepted
    }

    /// The answer for one attempt, from the test-card table.
    private static func answer(_ amount: Money, token: String, attempt: Int, nextID: Int) -> GatewayResponse {
        guard let card = TestCard.find(token) else {
            guard let digits = CardNumber.digits(token) else {
                let unknown = CardDetails(
                    fingerprint: CardNumber.fingerprint(token), brand: "unknown", last4: "", country: nil)
                return GatewayResponse(result: .declined(.unknownCard), card: unknown)
            }
            let code: DeclineCode = CardNumber.passesLuhn(digits) ? .unknownCard : .invalidCard
            return GatewayResponse(result: .declined(code), card: CardNumber.unknownDetails(digits))
        }
        guard amount.minorUnits > 0 else {
            return GatewayResponse(result: .declined(.invalidAmount), card: card.details)
        }
        let approved = GatewayResponse.Result.approved(authorisationID: "auth_\(nextID)")
        let result: GatewayResponse.Result =
            switch card.behaviour {
            case .approve: approved
            case .decline(let code): .declined(code)
            case .failOnceThenApprove: attempt == 1 ? .transientFailure(reason: "processing_error") : approved
            case .alwaysUnavailable: .transientFailure(reason: DeclineCode.gatewayUnavailable.rawValue)
            }
        return GatewayResponse(result: result, card: card.details)
    }
}
