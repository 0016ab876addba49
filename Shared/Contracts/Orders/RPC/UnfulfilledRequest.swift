/// The parameters of `orders.unfulfilled`: the merchant and a page size (default and most 500, oldest first).
public struct UnfulfilledRequest: Codable, Sendable, Hashable {
    /// The largest page, and the page size when the request gives none.
    public static let maximumLimit = 500

    public var merchantID: MerchantID
    public var limit: Int?

    public init(merchantID: MerchantID, limit: Int? = nil) {
        self.merchantID = merchantID
        self.limit = limit
    }
}
