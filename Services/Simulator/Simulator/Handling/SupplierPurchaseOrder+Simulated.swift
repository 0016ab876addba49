import Contracts

extension SupplierPurchaseOrder {
    /// The purchase order as `simulator.purchase_orders` shows it.
    init(_ order: SimulatedPurchaseOrder) {
        self.init(
            purchaseOrderID: order.purchaseOrderID, supplierID: order.supplierID, orderID: order.orderID,
            sku: order.sku, quantity: order.quantity, supplierReference: order.supplierReference,
            receivedAt: order.receivedAt, plan: order.plan, state: State(order.state),
            acknowledgedAt: order.acknowledgedAt, shippedAt: order.shippedAt, rejectedAt: order.rejectedAt,
            cancelledAt: order.cancelledAt)
    }
}

extension SupplierPurchaseOrder.State {
    /// The state as the answer names it.
    init(_ state: SimulatedPurchaseOrder.State) {
        switch state {
        case .received: self = .received
        case .acknowledged: self = .acknowledged
        case .shipped: self = .shipped
        case .rejected: self = .rejected
        case .cancelled: self = .cancelled
        }
    }
}
