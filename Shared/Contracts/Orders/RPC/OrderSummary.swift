import Foundation

/// An order as `orders.place`, `orders.cancel` and `orders.list` answer it.
public struct OrderSummary: Codable, Sendable, Equatable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var status: OrderStatus
    /// What the customer pays, in minor units.
    public var total: Money
    public var placedAt: Date
    /// Until when the customer may cancel (R4, R15): the end of the hold, once Fraud Hold has said, while the
    /// order is still in it.
    public var cancelUntil: Date?

    public init(
        orderID: OrderID, merchantID: MerchantID, listingID: ListingID, sku: String, quantity: Int,
        status: OrderStatus, total: Money, placedAt: Date, cancelUntil: Date? = nil
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.status = status
        self.total = total
        self.placedAt = placedAt
        self.cancelUntil = cancelUntil
    }
}
