import Foundation

/// The SKU's availability left 0.
public struct ListingBackInStock: EventPayload, Equatable {
    public static let eventType = "listing.back_in_stock"
    public var listingID: ListingID
    public var sku: String
    public var available: Int
    public var at: Date

    public init(listingID: ListingID, sku: String, available: Int, at: Date) {
        self.listingID = listingID
        self.sku = sku
        self.available = available
        self.at = at
    }
}
