import Foundation

/// The payment was finally refused: the order ends `declined`, its stock goes back (R3).
public struct PaymentDeclined: EventPayload, Hashable {
    public static let eventType = "payment.declined"
    public var orderID: OrderID
    public var amount: Money
    /// The decline code, e.g. `card_declined` or `gateway_unavailable`.
    public var reason: DeclineCode
    /// The card as the gateway last described it, so that declines count per card (R4).
    public var card: CardDetails
    /// Gateway attempts made, retries included.
    public var attempts: Int
    public var declinedAt: Date

    public init(
        orderID: OrderID, amount: Money, reason: DeclineCode, card: CardDetails, attempts: Int, declinedAt: Date
    ) {
        self.orderID = orderID
        self.amount = amount
        self.reason = reason
        self.card = card
        self.attempts = attempts
        self.declinedAt = declinedAt
    }
}
