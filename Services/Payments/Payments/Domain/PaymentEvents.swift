import Contracts
import Foundation

/// The issuer holds the order's amount: the order may go on to the fraud hold (R3, R4).
public struct PaymentAuthorised: EventPayload, Hashable {
    public static let eventType = "payment.authorised"
    public var orderID: String
    public var authorisationID: String
    public var amount: Money
    /// Fingerprint and country of the card, for the fraud rules.
    public var card: CardDetails
    public var authorisedAt: Date
}

/// The payment was finally refused: the order ends `declined`, its stock goes back (R3).
public struct PaymentDeclined: EventPayload, Hashable {
    public static let eventType = "payment.declined"
    public var orderID: String
    public var amount: Money
    /// The decline code, e.g. `card_declined` or `gateway_unavailable`.
    public var reason: DeclineCode
    /// The card as the gateway last described it, so that declines count per card (R4).
    public var card: CardDetails
    /// Gateway attempts made, retries included.
    public var attempts: Int
    public var declinedAt: Date
}

/// The authorisation was released without taking money (cancel, reject).
public struct PaymentVoided: EventPayload, Hashable {
    public static let eventType = "payment.voided"
    public var orderID: String
    public var authorisationID: String
    public var amount: Money
    public var voidedAt: Date
}

/// The money was taken at release (R5).
public struct PaymentCaptured: EventPayload, Hashable {
    public static let eventType = "payment.captured"
    public var orderID: String
    public var authorisationID: String
    public var amount: Money
    public var capturedAt: Date
}
