/// The answer of `orders.list`: the latest orders first.
public struct OrderList: Codable, Sendable, Equatable {
    public var orders: [OrderSummary]

    public init(orders: [OrderSummary]) {
        self.orders = orders
    }
}
