import Contracts

extension ListingSummary {
    /// The summary of `listing`: its variations counted and their available units added up.
    init(_ listing: Listing) {
        self.init(
            id: listing.id, merchantID: listing.merchantID, title: listing.title, isActive: listing.isActive,
            variations: listing.variations.count, available: listing.variations.reduce(0) { $0 + $1.available },
            isSoldOut: listing.isSoldOut)
    }
}
