import Contracts

extension OrderDetail {
    /// `order` as `orders.show` answers it: its conditions as they stand, and those still unmet while it waits
    /// for release.
    init(_ order: Order) {
        self.init(
            orderID: order.id, merchantID: order.merchantID, listingID: order.listingID, sku: order.sku,
            quantity: order.quantity, unitPrice: order.unitPrice, total: order.total, status: order.status,
            customerName: order.customerName, customerEmail: order.customerEmail,
            shippingAddress: order.shippingAddress, placedAt: order.placedAt, cancelUntil: order.cancelUntil,
            releasedAt: order.releasedAt, timeline: order.timeline,
            releaseConditions: ReleaseConditionsView(order.conditions),
            unmetConditions: order.status.isInHold ? order.conditions.unmet : [])
    }
}
