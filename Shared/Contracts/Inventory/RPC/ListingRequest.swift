import Foundation

/// Parameters of `inventory.listing`.
public struct ListingRequest: Codable, Sendable, Hashable {
    public var listingID: ListingID

    public init(listingID: ListingID) {
        self.listingID = listingID
    }
}
