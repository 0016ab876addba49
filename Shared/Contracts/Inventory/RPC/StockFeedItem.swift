import Foundation

/// One SKU's count in a stock feed.
public struct StockFeedItem: Codable, Sendable, Hashable {
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var referenceLevel: Int

    public init(listingID: ListingID, sku: String, quantity: Int, referenceLevel: Int) {
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.referenceLevel = referenceLevel
    }
}
