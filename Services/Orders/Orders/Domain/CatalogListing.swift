import Contracts

/// A listing as the orders service's catalogue projection knows it from Inventory's `catalog.listing_upserted`:
/// what R1 checks a placement against, and what the notifications call the item.
public struct CatalogListing: Sendable, Equatable {
    public var id: ListingID
    /// The merchant who sells it and gets its orders (R5).
    public var merchantID: MerchantID
    public var title: String
    public var isActive: Bool
    /// The most units one order may hold (R1).
    public var perOrderLimit: Int
    /// The current price of one unit of each variation, by SKU.
    public var prices: [String: Money]

    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool, perOrderLimit: Int,
        prices: [String: Money]
    ) {
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.perOrderLimit = perOrderLimit
        self.prices = prices
    }

    /// The listing as Inventory published it.
    public init(_ record: ListingRecord) {
        self.init(
            id: record.id, merchantID: record.merchantID, title: record.title, isActive: record.isActive,
            perOrderLimit: record.perOrderLimit,
            prices: Dictionary(record.variations.map { ($0.sku, $0.price) }, uniquingKeysWith: { _, last in last }))
    }

    /// R1's terms for an order of `sku`: that variation's price. For an unknown SKU, which R1 refuses without
    /// comparing prices, the price is any variation's. Nil when the listing has no variation: nothing can be
    /// ordered from it, so it counts as no such listing.
    public func terms(for sku: String) -> ListingTerms? {
        guard let price = prices[sku] ?? prices.min(by: { $0.key < $1.key })?.value else { return nil }
        return ListingTerms(
            listingID: id, isActive: isActive, unitPrice: price, skus: Set(prices.keys), perOrderLimit: perOrderLimit)
    }
}
