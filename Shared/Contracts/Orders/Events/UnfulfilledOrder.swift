import Foundation

/// An entry of the merchant's Unfulfilled Orders queue, carried by `order.released`: everything R5 says the
/// merchant needs to fulfil a released order.
public struct UnfulfilledOrder: Sendable, Equatable, Codable {
    public var orderID: OrderID
    /// The queue's owner.
    public var merchantID: MerchantID
    public var listingID: ListingID
    /// The variation to send.
    public var sku: String
    public var quantity: Int
    /// What the customer paid per unit (the invoice and the customs value, R9); nil in entries of earlier versions.
    public var unitPrice: Money?
    public var customerName: String
    public var shippingAddress: Address
    /// When the order was released (the domain time of R5's last fact).
    public var releasedAt: Date

    public init(
        orderID: OrderID, merchantID: MerchantID, listingID: ListingID, sku: String, quantity: Int,
        unitPrice: Money? = nil, customerName: String, shippingAddress: Address, releasedAt: Date
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.customerName = customerName
        self.shippingAddress = shippingAddress
        self.releasedAt = releasedAt
    }
}
