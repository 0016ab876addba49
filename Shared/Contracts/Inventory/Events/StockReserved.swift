import Foundation

// The facts the Inventory domain publishes on the `inventory` stream.

/// R2: units moved from available to a pending reservation for an order being placed.
public struct StockReserved: EventPayload, Equatable {
    public static let eventType = "stock.reserved"
    public var listingID: ListingID
    public var orderID: OrderID
    public var sku: String
    public var quantity: Int
    public var expiresAt: Date
    public var at: Date

    public init(listingID: ListingID, orderID: OrderID, sku: String, quantity: Int, expiresAt: Date, at: Date) {
        self.listingID = listingID
        self.orderID = orderID
        self.sku = sku
        self.quantity = quantity
        self.expiresAt = expiresAt
        self.at = at
    }
}
