import Contracts

extension TestCardsView {
    /// `payments.test_cards`' answer: every documented card of `TestCard.all`, in README order, and the suffix rule.
    static var documented: TestCardsView {
        TestCardsView(cards: TestCard.all.map(TestCardView.init), customerSuffix: TestCard.customerSuffixRule)
    }
}

extension TestCardView {
    /// A documented test card, its behaviour in words.
    init(_ card: TestCard) {
        self.init(
            token: card.token, number: card.number, brand: card.brand, country: card.country, outcome: card.outcome)
    }
}
