import Foundation

/// One line of `inventory.listings`.
public struct ListingSummary: Codable, Sendable, Hashable {
    public var id: ListingID
    public var merchantID: MerchantID
    public var title: String
    public var isActive: Bool
    public var variations: Int
    /// Units available across the variations.
    public var available: Int
    public var isSoldOut: Bool

    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool, variations: Int, available: Int,
        isSoldOut: Bool
    ) {
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.variations = variations
        self.available = available
        self.isSoldOut = isSoldOut
    }
}
