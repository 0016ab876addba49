import Contracts

/// One documented test card of `TestGateway`: a token, its raw number, and what the gateway answers.
///
/// Any token also takes a customer suffix, `tok_visa.c42`, for a card of its own that behaves the same
/// (`TestCardToken`).
///
/// Modelled on Stripe's test cards: the numbers are Stripe's where Stripe has one, except
/// `tok_mastercard_de` and `tok_gateway_down`, which are Dropline's own (Luhn-valid).
public struct TestCard: Hashable, Sendable {
    /// What the gateway answers for this card.
    public enum Behaviour: Hashable, Sendable {
        /// Authorised at the first attempt.
        case approve
        /// Declined with this code at every attempt.
        case decline(DeclineCode)
        /// The first attempt for an idempotency key fails transiently (`processing_error`); the retry approves.
        case failOnceThenApprove
        /// Every attempt fails transiently (`gateway_unavailable`).
        case alwaysUnavailable
    }

    /// The payment token a client sends, e.g. `tok_visa`.
    public let token: String
    /// The raw test number that tokenises to `token`.
    public let number: String
    /// `visa` or `mastercard`.
    public let brand: String
    /// The issuing country.
    public let country: CountryCode
    public let behaviour: Behaviour

    /// The card as the gateway reports it; the fingerprint is derived from the number, so token and number agree.
    public var details: CardDetails { details(suffix: nil) }

    /// The card as the gateway reports it for `token.suffix` (`TestCardToken`): the same brand, country and last
    /// four, and a fingerprint of the number and the suffix, so that each suffix is a card of its own (R4).
    func details(suffix: String?) -> CardDetails {
        let identity = suffix.map { "\(number)\(TestCardToken.separator)\($0)" } ?? number
        return CardDetails(
            fingerprint: CardNumber.fingerprint(identity), brand: brand, last4: String(number.suffix(4)),
            country: country)
    }

    /// What the gateway answers, in words: `approve`, `decline: card_declined`, …
    public var outcome: String {
        switch behaviour {
        case .approve: "approve"
        case .decline(let code): "decline: \(code)"
        case .failOnceThenApprove: "transient processing_error on the first attempt per key, then approve"
        case .alwaysUnavailable: "transient gateway_unavailable on every attempt"
        }
    }

    /// One line for the README: `tok_visa | 4242424242424242 | visa US | approve`.
    public var summary: String { "\(token) | \(number) | \(brand) \(country) | \(outcome)" }

    /// How to give each customer a card of their own, in words: the customer-suffix syntax every token takes
    /// (`TestCardToken`).
    public static let customerSuffixRule =
        "Any token takes a customer suffix after a dot, 1 to \(TestCardToken.maxSuffixLength) characters of "
        + "A-Z a-z 0-9 _ - (tok_visa.c42): the same outcome, brand, country and last four, but a card of its own, "
        + "whose fingerprint is derived from the number and the suffix. Reuse a customer's suffix on their next "
        + "order. An unknown token or a malformed suffix is declined unknown_card."

    /// Every documented test card, in README order.
    public static let all: [TestCard] = [
        TestCard("tok_visa", "4242424242424242", "visa", "US", .approve),
        TestCard("tok_mastercard", "5555555555554444", "mastercard", "US", .approve),
        TestCard("tok_visa_gb", "4000008260000000", "visa", "GB", .approve),
        TestCard("tok_visa_br", "4000000760000002", "visa", "BR", .approve),
        TestCard("tok_visa_de", "4000002760000016", "visa", "DE", .approve),
        TestCard("tok_visa_fr", "4000002500000003", "visa", "FR", .approve),
        TestCard("tok_visa_ca", "4000001240000000", "visa", "CA", .approve),
        TestCard("tok_visa_jp", "4000003920000003", "visa", "JP", .approve),
        TestCard("tok_mastercard_de", "5555552760000008", "mastercard", "DE", .approve),
        TestCard("tok_declined", "4000000000000002", "visa", "US", .decline(.cardDeclined)),
        TestCard("tok_insufficient_funds", "4000000000009995", "visa", "US", .decline(.insufficientFunds)),
        TestCard("tok_expired_card", "4000000000000069", "visa", "US", .decline(.expiredCard)),
        TestCard("tok_processing_error", "4000000000000119", "visa", "US", .failOnceThenApprove),
        TestCard("tok_gateway_down", "4000000000005035", "visa", "US", .alwaysUnavailable),
    ]

    /// The card whose token or number (spaces and dashes ignored) is `input`.
    static func find(_ input: String) -> TestCard? {
        let number = CardNumber.digits(input)
        return all.first { $0.token == input || $0.number == number }
    }

    private init(_ token: String, _ number: String, _ brand: String, _ country: String, _ behaviour: Behaviour) {
        guard let code = CountryCode(country) else { preconditionFailure("test card \(token): bad country \(country)") }
        self.token = token
        self.number = number
        self.brand = brand
        self.country = code
        self.behaviour = behaviour
    }
}
