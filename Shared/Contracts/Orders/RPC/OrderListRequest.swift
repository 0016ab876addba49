/// The parameters of `orders.list`: optional filters, a page size (default 50, at most 500) and where the page
/// starts. Orders come newest first (by placement time, then id).
public struct OrderListRequest: Codable, Sendable, Hashable {
    /// The page size when the request gives none.
    public static let defaultLimit = 50
    /// The largest page `orders.list` answers.
    public static let maximumLimit = 500

    public var merchantID: MerchantID?
    /// An `OrderStatus` name, e.g. `under_review`; text, so that an unknown name is refused on `status`.
    public var status: String?
    public var limit: Int?
    /// The `nextCursor` of an earlier answer: this page continues after the last order of that one. Opaque; absent
    /// for the first page.
    public var after: String?

    public init(merchantID: MerchantID? = nil, status: String? = nil, limit: Int? = nil, after: String? = nil) {
        self.merchantID = merchantID
        self.status = status
        self.limit = limit
        self.after = after
    }
}
