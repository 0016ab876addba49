import Foundation

/// One status change of an order, at its domain time ("every state change of an order is an event with a
/// time"): what `orders.show` lists, oldest first.
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
