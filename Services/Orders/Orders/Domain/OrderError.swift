import Contracts

/// Why the Orders domain refused an input: a command the order's state forbids, or a fact that contradicts
/// the order's history (the handler dead-letters the latter for a person to decide, docs/architecture.md §3).
public enum OrderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Placement with fewer than one unit.
    case invalidQuantity(OrderID, Int)
    /// Placement whose total (unit price × quantity) does not fit in 64-bit minor units.
    case amountOverflow(OrderID, MoneyError)
    /// The customer asked to cancel an order that has left its hold (R15: only during the hold).
    case notCancellable(OrderID, OrderStatus)
    /// A payment decline arrived for an order whose payment was already authorised.
    case paymentAlreadyAuthorised(OrderID, OrderStatus)
    /// A reviewer's verdict arrived for an order with no review open.
    case noReviewOpen(OrderID, OrderStatus)
    /// A fact that would move an order where R1–R5 do not allow it to go.
    case invalidTransition(OrderID, from: OrderStatus, to: OrderStatus)
    /// A fact about dispatching or shipping an order that was never released to Dispatch.
    case neverReleased(OrderID, OrderStatus)
    /// The customer confirmed the delivery of an order that has not shipped, or has ended (R11).
    case notDeliverable(OrderID, OrderStatus)

    public var description: String {
        switch self {
        case .invalidQuantity(let id, let quantity):
            "Order \(id) cannot be placed for \(quantity) units; the quantity must be at least 1."
        case .amountOverflow(let id, let error):
            "Order \(id) cannot be placed: \(error)."
        case .notCancellable(let id, let status):
            "Order \(id) is \(status); it can no longer be cancelled."
        case .paymentAlreadyAuthorised(let id, let status):
            "Order \(id) is \(status) with its payment authorised; a payment decline cannot follow."
        case .noReviewOpen(let id, let status):
            "Order \(id) is \(status) with no review open; there is nothing to approve or reject."
        case .invalidTransition(let id, let from, let to):
            "Order \(id) cannot move from \(from) to \(to)."
        case .neverReleased(let id, let status):
            "Order \(id) is \(status); it was never released, so no supplier was asked to ship it."
        case .notDeliverable(let id, let status):
            "Order \(id) is \(status); only a shipped order's delivery can be confirmed."
        }
    }
}
