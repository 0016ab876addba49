import Foundation

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
