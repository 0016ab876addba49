import Foundation

/// Parameters of `inventory.listings`: every listing, or one merchant's.
public struct ListingsRequest: Codable, Sendable, Hashable {
    public var merchantID: MerchantID?

    public init(merchantID: MerchantID? = nil) {
        self.merchantID = merchantID
    }
}
