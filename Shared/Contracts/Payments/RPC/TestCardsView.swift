/// The result of `payments.test_cards`: the test gateway's documented cards, for the CLI and the README (R3).
public struct TestCardsView: Codable, Sendable, Hashable {
    public var cards: [TestCardView]
    /// How to give each customer a card of their own: the customer-suffix syntax every token takes.
    public var customerSuffix: String

    public init(cards: [TestCardView], customerSuffix: String) {
        self.cards = cards
        self.customerSuffix = customerSuffix
    }
}
