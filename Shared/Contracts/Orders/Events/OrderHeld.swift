import Foundation

/// R4: payment authorised, the order waits for its fraud hold to end.
public struct OrderHeld: EventPayload, Equatable {
    public static let eventType = "order.held"
    public var orderID: OrderID
    /// The end of the hold, if Fraud Hold has already said when.
    public var holdUntil: Date?
    public var at: Date

    public init(orderID: OrderID, holdUntil: Date?, at: Date) {
        self.orderID = orderID
        self.holdUntil = holdUntil
        self.at = at
    }
}
