import Contracts
import Foundation

// The events a job publishes, built from its order and purchase orders.
extension DispatchJob {
    func sent(_ record: PurchaseOrderRecord, isLate: Bool) -> DispatchFact {
        guard let sentAt = record.sentAt, let acknowledgeBy = record.acknowledgeBy, let shipBy = record.shipBy else {
            preconditionFailure("order \(orderID): purchase order \(record.id) announced before its delivery")
        }
        return .purchaseOrderSent(
            PurchaseOrderSent(
                purchaseOrderID: record.id, orderID: orderID, merchantID: order.merchantID,
                listingID: order.listingID, supplierID: record.supplierID, attempt: record.plan.attempt,
                sku: order.sku, quantity: order.quantity, cost: record.plan.cost, choice: record.plan.choice,
                releasedAt: order.releasedAt, isLate: isLate, acknowledgeBy: acknowledgeBy, shipBy: shipBy,
                shipping: record.plan.shipping, at: sentAt))
    }

    func acknowledged(_ record: PurchaseOrderRecord, at now: Date) -> DispatchFact {
        .purchaseOrderAcknowledged(
            PurchaseOrderAcknowledged(
                purchaseOrderID: record.id, orderID: orderID, supplierID: record.supplierID, at: now))
    }

    func failed(_ record: PurchaseOrderRecord, _ failure: PurchaseOrderFailure, detail: String?, at now: Date)
        -> DispatchFact
    {
        .purchaseOrderFailed(
            PurchaseOrderFailed(
                purchaseOrderID: record.id, orderID: orderID, supplierID: record.supplierID, failure: failure,
                detail: detail, at: now))
    }

    func shipped(_ record: PurchaseOrderRecord, _ shipment: PurchaseOrderShipment) -> DispatchFact {
        .purchaseOrderShipped(
            PurchaseOrderShipped(
                purchaseOrderID: record.id, orderID: orderID, supplierID: record.supplierID, carrier: shipment.carrier,
                trackingNumber: shipment.trackingNumber, isOnTime: shipment.isOnTime,
                requiredCarrier: record.plan.shipping?.carrier, isCarrierMismatch: record.isCarrierMismatch,
                at: shipment.at))
    }

    func shippedAfterCancel(_ record: PurchaseOrderRecord, _ shipment: PurchaseOrderShipment, bearer: CostBearer)
        -> DispatchFact
    {
        .purchaseOrderShippedAfterCancel(
            PurchaseOrderShippedAfterCancel(
                purchaseOrderID: record.id, orderID: orderID, supplierID: record.supplierID, carrier: shipment.carrier,
                trackingNumber: shipment.trackingNumber, cost: record.plan.cost, costBearer: bearer, at: shipment.at))
    }

    func exhausted(refundAt: Date, at now: Date) -> DispatchFact {
        let attempts = closedPurchaseOrders.compactMap { record -> DispatchAttempt? in
            guard case .failed(let failure)? = record.closure else { return nil }
            return DispatchAttempt(supplierID: record.supplierID, failure: failure)
        }
        return .dispatchExhausted(
            DispatchExhausted(
                orderID: orderID, merchantID: order.merchantID, attempts: attempts, refundAt: refundAt, at: now))
    }

    func cancelRequested(_ record: PurchaseOrderRecord, at now: Date) -> DispatchFact {
        .purchaseOrderCancelRequested(
            PurchaseOrderCancelRequested(
                purchaseOrderID: record.id, orderID: orderID, supplierID: record.supplierID, at: now))
    }

    func cancelled(_ record: PurchaseOrderRecord, at now: Date) -> DispatchFact {
        .purchaseOrderCancelled(
            PurchaseOrderCancelled(purchaseOrderID: record.id, orderID: orderID, supplierID: record.supplierID, at: now)
        )
    }
}
