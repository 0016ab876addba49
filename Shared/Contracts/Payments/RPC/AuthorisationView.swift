import Foundation

/// The result of `payments.show`: one order's authorisation as a person or the CLI reads it (R3, R5, R15).
public struct AuthorisationView: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var state: AuthorisationState
    public var amount: Money
    /// Absent until the gateway described the card.
    public var card: PaymentCardView?
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

    public init(
        orderID: OrderID, state: AuthorisationState, amount: Money, card: PaymentCardView?, attempts: Int,
        authorisationID: String?, declineCode: DeclineCode?, nextAttemptAt: Date?, decidedAt: Date?,
        voidedAt: Date?, captured: Money?, capturedAt: Date?, refundedAt: Date?
    ) {
        self.orderID = orderID
        self.state = state
        self.amount = amount
        self.card = card
        self.attempts = attempts
        self.authorisationID = authorisationID
        self.declineCode = declineCode
        self.nextAttemptAt = nextAttemptAt
        self.decidedAt = decidedAt
        self.voidedAt = voidedAt
        self.captured = captured
        self.capturedAt = capturedAt
        self.refundedAt = refundedAt
    }
}
