import Contracts

extension OrderSummary {
    /// `order` as `orders.place`, `orders.cancel` and `orders.list` answer it.
    init(_ order: Order) {
        self.init(
            orderID: order.id, merchantID: order.merchantID, listingID: order.listingID, sku: order.sku,
            quantity: order.quantity, status: order.status, total: order.total, placedAt: order.placedAt,
            cancelUntil: order.cancelUntil)
    }
}
