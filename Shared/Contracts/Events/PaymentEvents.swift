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

/// The authorisation was released without taking money (cancel, reject).
public struct PaymentVoided: EventPayload, Hashable {
    public static let eventType = "payment.voided"
    public var orderID: OrderID
    /// The gateway's authorisation id; empty when the order was cancelled while its authorisation was still
    /// pending (a retry scheduled), so nothing was held.
    public var authorisationID: String
    public var amount: Money
    public var voidedAt: Date

    public init(orderID: OrderID, authorisationID: String, amount: Money, voidedAt: Date) {
        self.orderID = orderID
        self.authorisationID = authorisationID
        self.amount = amount
        self.voidedAt = voidedAt
    }
}

/// The captured money was given back in full after release: the merchant cancelled the order, or no supplier
/// could ship it (R6, R15). `amount` is what R15 charges back to the merchant's balance.
public struct PaymentRefunded: EventPayload, Hashable {
    public static let eventType = "payment.refunded"
    public var orderID: OrderID
    public var authorisationID: String
    /// The amount given back: the whole captured amount.
    public var amount: Money
    public var refundedAt: Date

    public init(orderID: OrderID, authorisationID: String, amount: Money, refundedAt: Date) {
        self.orderID = orderID
        self.authorisationID = authorisationID
        self.amount = amount
        self.refundedAt = refundedAt
    }
}

/// The money was taken at release (R5).
public struct PaymentCaptured: EventPayload, Hashable {
    public static let eventType = "payment.captured"
    public var orderID: OrderID
    public var authorisationID: String
    public var amount: Money
    public var capturedAt: Date

    public init(orderID: OrderID, authorisationID: String, amount: Money, capturedAt: Date) {
        self.orderID = orderID
        self.authorisationID = authorisationID
        self.amount = amount
        self.capturedAt = capturedAt
    }
}
