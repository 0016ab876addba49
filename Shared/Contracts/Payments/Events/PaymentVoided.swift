import Foundation

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
