import Contracts

/// What R1 needs to know about a listing to accept an order for it, as the orders service found it.
public struct ListingTerms: Hashable, Sendable {
    /// R1's per-order limit when a listing sets none.
    public static let defaultPerOrderLimit = 10

    public var listingID: ListingID
    /// Only an active listing can be ordered.
    public var isActive: Bool
    /// The current price of one unit.
    public var unitPrice: Money
    /// The listing's variations.
    public var skus: Set<String>
    /// The most units one order may hold.
    public var perOrderLimit: Int

    public init(
        listingID: ListingID, isActive: Bool = true, unitPrice: Money, skus: Set<String>,
        perOrderLimit: Int = ListingTerms.defaultPerOrderLimit
    ) {
        self.listingID = listingID
        self.isActive = isActive
        self.unitPrice = unitPrice
        self.skus = skus
        self.perOrderLimit = perOrderLimit
    }
}
