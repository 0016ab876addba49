import Foundation

/// A listing's terms were created or changed (prices, variations, limit, active flag).
public struct ListingUpserted: EventPayload, Equatable {
    public static let eventType = "catalog.listing_upserted"
    public var listing: ListingRecord
    public var at: Date

    public init(listing: ListingRecord, at: Date) {
        self.listing = listing
        self.at = at
    }
}
