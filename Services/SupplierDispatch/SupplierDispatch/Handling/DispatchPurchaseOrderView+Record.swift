import Contracts

extension DispatchPurchaseOrderView {
    /// One purchase order of a job as `dispatch.show` and the `purchase_orders.*` answers show it; `isOpen` when it
    /// is the job's open one.
    init(_ record: PurchaseOrderRecord, isOpen: Bool) {
        let closure: String? =
            switch record.closure {
            case .shipped: "shipped"
            case .cancelled: "cancelled"
            case .failed(let failure): failure.rawValue
            case nil: nil
            }
        self.init(
            purchaseOrderID: record.id, supplierID: record.supplierID, attempt: record.plan.attempt,
            cost: record.plan.cost, choice: record.plan.choice, isOpen: isOpen, sentAt: record.sentAt,
            acknowledgeBy: record.acknowledgeBy, shipBy: record.shipBy, acknowledgedAt: record.acknowledgedAt,
            closure: closure, carrier: record.shipment?.carrier, trackingNumber: record.shipment?.trackingNumber,
            shippedAt: record.shipment?.at, shippedOnTime: record.shipment?.isOnTime,
            costBearer: record.shipment?.costBearer ?? record.plan.reshipment?.costBearer,
            problem: record.problem?.rawValue, reships: record.plan.reshipment?.replaces)
    }
}
