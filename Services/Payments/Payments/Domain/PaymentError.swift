import Contracts

/// Why the payment domain refused an input; each case renders as one sentence naming the order.
public enum PaymentError: Error, Hashable, CustomStringConvertible {
    /// An amount of zero or less.
    case invalidAmount(orderID: OrderID, Money)
    /// The payment token is a raw card number, which must never reach Dropline (R3).
    case cardNumberNotAllowed(orderID: OrderID)
    /// The authorisation cannot go from one state to the other.
    case invalidTransition(orderID: OrderID, from: AuthorisationState, to: AuthorisationState)
    /// A capture in another currency than the authorisation.
    case currencyMismatch(orderID: OrderID, authorised: Money, requested: Money)
    /// A capture of more than was authorised.
    case exceedsAuthorised(orderID: OrderID, authorised: Money, requested: Money)
    /// A second capture of a different amount.
    case alreadyCaptured(orderID: OrderID, captured: Money, requested: Money)
    /// The gateway refused a void, capture or refund.
    case gatewayRefused(orderID: OrderID, operation: String, reason: String)

    public var description: String {
        switch self {
        case .invalidAmount(let order, let amount):
            "Order \(order) cannot be paid with \(amount): the amount must be above zero."
        case .cardNumberNotAllowed(let order):
            "Order \(order) sent a raw card number; Dropline accepts only a gateway payment token (R3)."
        case .invalidTransition(let order, let from, let to):
            "The payment of order \(order) cannot move from \(from) to \(to)."
        case .currencyMismatch(let order, let authorised, let requested):
            "Order \(order) was authorised for \(authorised); a capture of \(requested) is in another currency."
        case .exceedsAuthorised(let order, let authorised, let requested):
            "Order \(order) was authorised for \(authorised); a capture of \(requested) exceeds it."
        case .alreadyCaptured(let order, let captured, let requested):
            "Order \(order) was already captured for \(captured); a capture of \(requested) is refused."
        case .gatewayRefused(let order, let operation, let reason):
            "The gateway refused to \(operation) the payment of order \(order): \(reason)."
        }
    }
}
