import Contracts
import Foundation

extension DispatchJobView {
    /// The job as `dispatch.show` answers it.
    init(_ job: DispatchJob) {
        var refundAt: Date?
        if case .exhausted(let refund) = job.state { refundAt = refund }
        let open = job.state.openPurchaseOrder?.id
        self.init(
            orderID: job.orderID, merchantID: job.order.merchantID, listingID: job.order.listingID, sku: job.order.sku,
            quantity: job.order.quantity, releasedAt: job.order.releasedAt, status: job.status.rawValue,
            refundAt: refundAt,
            purchaseOrders: job.purchaseOrders.map { DispatchPurchaseOrderView($0, isOpen: $0.id == open) })
    }
}
