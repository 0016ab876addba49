import Contracts
import Foundation

/// The result of `payments.show`: one order's authorisation as a person or the CLI reads it (R3, R5, R15).
public struct AuthorisationView: Codable, Sendable, Equatable {
    /// The card as shown: never the number, nor the fingerprint.
    public struct Card: Codable, Sendable, Equatable {
        public var brand: String
        public var last4: String
        public var country: CountryCode?
    }

    public var orderID: OrderID
    public var state: AuthorisationState
    public var amount: Money
    /// Absent until the gateway described the card.
    public var card: Card?
    /// Gateway attempts so far, retries included.
    public var attempts: Int
    public var authorisationID: String?
    public var declineCode: DeclineCode?
    /// When the next retry is due, while one is scheduled.
    public var nextAttemptAt: Date?
    /// When the gateway gave its final answer (authorised or declined).
    public var decidedAt: Date?
    public var voidedAt: Date?
    public var captured: Money?
    public var capturedAt: Date?
    /// When the captured amount was given back, once `state` is `refunded`.
    public var refundedAt: Date?

    init(_ authorisation: Authorisation) {
        orderID = authorisation.orderID
        state = authorisation.state
        amount = authorisation.amount
        card = authorisation.card.map { Card(brand: $0.brand, last4: $0.last4, country: $0.country) }
        attempts = authorisation.attempts
        authorisationID = authorisation.authorisationID
        declineCode = authorisation.declineCode
        nextAttemptAt = authorisation.nextAttemptAt
        decidedAt = authorisation.decidedAt
        voidedAt = authorisation.voidedAt
        captured = authorisation.captured
        capturedAt = authorisation.capturedAt
        refundedAt = authorisation.refundedAt
    }
}

/// The result of `payments.test_cards`: the `TestGateway`'s documented cards, for the CLI and the README (R3).
public struct TestCardsView: Codable, Sendable, Equatable {
    /// One test card: the token to send, the raw number it stands for, and what the gateway answers.
    public struct Card: Codable, Sendable, Equatable {
        public var token: String
        public var number: String
        public var brand: String
        public var country: CountryCode
        /// `approve`, `decline: card_declined`, …
        public var outcome: String

        init(_ card: TestCard) {
            token = card.token
            number = card.number
            brand = card.brand
            country = card.country
            outcome = card.outcome
        }
    }

    public var cards: [Card]
    /// How to give each customer a card of their own: the customer-suffix syntax every token takes.
    public var customerSuffix: String = Self.customerSuffixRule

    /// The text of `customerSuffix`.
    public static let customerSuffixRule =
        "Any token takes a customer suffix after a dot, 1 to \(TestCardToken.maxSuffixLength) characters of "
        + "A-Z a-z 0-9 _ - (tok_visa.c42): the same outcome, brand, country and last four, but a card of its own, "
        + "whose fingerprint is derived from the number and the suffix. Reuse a customer's suffix on their next "
        + "order. An unknown token or a malformed suffix is declined unknown_card."
}
