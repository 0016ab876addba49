import Foundation

/// R2: the SKU's availability reached 0; the storefront shows Sold Out.
public struct ListingSoldOut: EventPayload, Equatable {
    public static let eventType = "listing.sold_out"
    public var listingID: ListingID
    public var sku: String
    public var at: Date

    public init(listingID: ListingID, sku: String, at: Date) {
        self.listingID = listingID
        self.sku = sku
        self.at = at
    }
}
