/// One test card of `payments.test_cards` (`TestCardsView.cards`): the token to send, the raw number it stands
/// for, and what the gateway answers (R3).
public struct TestCardView: Codable, Sendable, Hashable {
    public var token: String
    public var number: String
    /// `visa` or `mastercard`.
    public var brand: String
    /// The issuing country.
    public var country: CountryCode
    /// `approve`, `decline: card_declined`, …
    public var outcome: String

    public init(token: String, number: String, brand: String, country: CountryCode, outcome: String) {
        self.token = token
        self.number = number
        self.brand = brand
        self.country = country
        self.outcome = outcome
    }
}
