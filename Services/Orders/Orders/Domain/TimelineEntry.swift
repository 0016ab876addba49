import Foundation

/// One status change of an order, at its domain time: "every state change of an order is an event with a time".
public struct TimelineEntry: Sendable, Equatable, Codable {
    /// The domain time of the fact that caused the change.
    public var at: Date
    /// The status the order entered.
    public var status: OrderStatus
    /// The fact that caused the change.
    public var cause: TransitionCause

    public init(at: Date, status: OrderStatus, cause: TransitionCause) {
        self.at = at
        self.status = status
        self.cause = cause
    }
}

/// The input that moved an order; when the order is released, the last of R5's facts to arrive.
public enum TransitionCause: String, Sendable, Codable, CaseIterable {
    case placement
    case paymentAuthorised = "payment_authorised"
    case paymentDeclined = "payment_declined"
    case holdEnded = "hold_ended"
    case reviewOpened = "review_opened"
    case reviewApproved = "review_approved"
    case reviewRejected = "review_rejected"
    case customerCancelled = "customer_cancelled"
}
