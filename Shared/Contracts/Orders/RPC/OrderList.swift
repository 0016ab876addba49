/// The answer of `orders.list`: one page of orders, newest first, with how many orders match the filters and where
/// the next page starts.
///
/// Paging is by cursor, not by offset: an order placed while a client pages through comes before the first page,
/// so each order that matched when the first page was read appears exactly once over the pages.
public struct OrderList: Codable, Sendable, Equatable {
    public var orders: [OrderSummary]
    /// How many orders match the request's filters (merchant, status) over every page, when this page was read.
    public var total: Int
    /// Pass as `after` for the next page; absent on the last page.
    public var nextCursor: String?

    public init(orders: [OrderSummary], total: Int, nextCursor: String? = nil) {
        self.orders = orders
        self.total = total
        self.nextCursor = nextCursor
    }
}
