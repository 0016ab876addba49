/// The answer of `orders.unfulfilled`: a merchant's Unfulfilled Orders queue, oldest release first (R5).
public struct UnfulfilledQueueView: Codable, Sendable, Equatable {
    public var merchantID: MerchantID
    /// How many orders the queue holds; `orders` is its oldest page.
    public var total: Int
    public var orders: [UnfulfilledOrder]

    public init(merchantID: MerchantID, total: Int, orders: [UnfulfilledOrder]) {
        self.merchantID = merchantID
        self.total = total
        self.orders = orders
    }
}
