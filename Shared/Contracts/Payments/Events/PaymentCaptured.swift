import Foundation

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
