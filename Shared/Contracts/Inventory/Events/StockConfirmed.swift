import Foundation

/// The order was placed: its reservation is firm (and taken again if its TTL had released it).
public struct StockConfirmed: EventPayload, Equatable {
    public static let eventType = "stock.confirmed"
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
