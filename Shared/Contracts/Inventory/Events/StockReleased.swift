import Foundation

/// R2: reserved units went back to available.
public struct StockReleased: EventPayload, Equatable {
    public static let eventType = "stock.released"
    public var listingID: ListingID
    public var orderID: OrderID
    public var sku: String
    public var quantity: Int
    public var reason: ReleaseReason
    public var at: Date

    public init(
        listingID: ListingID, orderID: OrderID, sku: String, quantity: Int, reason: ReleaseReason, at: Date
    ) {
        self.listingID = listingID
        self.orderID = orderID
        self.sku = sku
        self.quantity = quantity
        self.reason = reason
        self.at = at
    }
}
