import Contracts
import GRDB
import Streams

/// Applies a dispatch partition's stream (`dispatch.p<k>`, R6, R7): the first purchase order sent (or a retry's
/// after exhaustion) makes the order `dispatched`, the shipment makes it `shipped` (the customer gets the tracking
/// number), an exhausted supplier list makes it `dispatch_exhausted` with `order.dispatch_exhausted` (the merchant
/// is told), and an abandoned dispatch refunds the order. Other types are skipped.
public struct DispatchStreamHandler: StreamHandler {
    let desk: OrderDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case PurchaseOrderSent.eventType:
            let envelope = try event.decode(PurchaseOrderSent.self)
            let sent = envelope.data
            try desk.apply(sent.orderID, causation: envelope.id, in: db) { order in
                try order.purchaseOrderSent(
                    sent.purchaseOrderID, attempt: sent.attempt, supplierID: sent.supplierID, at: sent.at)
            }
        case PurchaseOrderShipped.eventType:
            let envelope = try event.decode(PurchaseOrderShipped.self)
            let shipped = envelope.data
            try desk.apply(shipped.orderID, causation: envelope.id, in: db) { order in
                try order.supplierShipped(
                    supplierID: shipped.supplierID, carrier: shipped.carrier, trackingNumber: shipped.trackingNumber,
                    at: shipped.at)
            }
        case DispatchExhausted.eventType:
            let envelope = try event.decode(DispatchExhausted.self)
            let exhausted = envelope.data
            try desk.apply(exhausted.orderID, causation: envelope.id, in: db) { order in
                try order.dispatchExhausted(
                    attempts: exhausted.attempts, refundAt: exhausted.refundAt, at: exhausted.at)
            }
        case DispatchAbandoned.eventType:
            let envelope = try event.decode(DispatchAbandoned.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.dispatchAbandoned(at: envelope.data.at)
            }
        default:
            return
        }
    }
}
