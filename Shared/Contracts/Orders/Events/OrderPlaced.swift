import Foundation

// The facts the Orders domain publishes on the `orders` stream, one per status change (docs/architecture.md §1).
// Each carries the order id and the domain time; the ones that end or release an order say what must follow.

/// R1, R2: the order exists, with its stock reserved; Inventory turns the reservation firm on seeing it.
public struct OrderPlaced: EventPayload, Equatable {
    public static let eventType = "order.placed"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var unitPrice: Money
    public var total: Money
    public var customerName: String
    public var customerEmail: String
    public var shippingAddress: Address
    /// The gateway token Payments authorises (never a card number), from the placement request; the order does
    /// not keep it.
    public var paymentToken: String?
    public var at: Date

    public init(
        orderID: OrderID, merchantID: MerchantID, listingID: ListingID, sku: String, quantity: Int,
        unitPrice: Money, total: Money, customerName: String, customerEmail: String, shippingAddress: Address,
        paymentToken: String? = nil, at: Date
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.total = total
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.shippingAddress = shippingAddress
        self.paymentToken = paymentToken
        self.at = at
    }
}
