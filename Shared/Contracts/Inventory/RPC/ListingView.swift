import Foundation

/// A listing with its stock, as `inventory.listing` answers.
public struct ListingView: Codable, Sendable, Hashable {
    public var id: ListingID
    public var merchantID: MerchantID
    public var title: String
    public var isActive: Bool
    public var perOrderLimit: Int
    /// Every variation is sold out (R2).
    public var isSoldOut: Bool
    public var variations: [VariationStockView]

    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool, perOrderLimit: Int, isSoldOut: Bool,
        variations: [VariationStockView]
    ) {
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.perOrderLimit = perOrderLimit
        self.isSoldOut = isSoldOut
        self.variations = variations
    }
}
