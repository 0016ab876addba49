import Foundation

// The facts the Payments domain publishes on the `payments` stream (R3, R5).

/// The issuer holds the order's amount: the order may go on to the fraud hold (R3, R4).
public struct PaymentAuthorised: EventPayload, Hashable {
    public static let eventType = "payment.authorised"
    public var orderID: OrderID
    public var authorisationID: String
    public var amount: Money
    /// Fingerprint and country of the card, for the fraud rules.
    public var card: CardDetails
    public var authorisedAt: Date

    public init(orderID: OrderID, authorisationID: String, amount: Money, card: CardDetails, authorisedAt: Date) {
        self.orderID = orderID
        self.authorisationID = authorisationID
        self.amount = amount
        self.card = card
        self.authorisedAt = authorisedAt
    }
}
