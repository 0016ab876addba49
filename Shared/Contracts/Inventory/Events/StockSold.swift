import Foundation

/// Reserved units went to the order's purchase order.
public struct StockSold: EventPayload, Equatable {
    public static let eventType = "stock.sold"
    public var listingID: ListingID
    public var orderID: OrderID
    public var sku: String
    public var quantity: Int
    public var at: Date

    public init(listingID: ListingID, orderID: OrderID, sku: String, quantity: Int, at: Date) {
        self.listingID = listingID
        self.orderID = orderID
        self.sku = sku
        self.quantity = quantity
        self.at = at
    }
}
