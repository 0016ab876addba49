import Foundation

/// `inventory.listings`' answer: listings by id.
public struct ListingSummaries: Codable, Sendable, Hashable {
    public var listings: [ListingSummary]

    public init(listings: [ListingSummary]) {
        self.listings = listings
    }
}
