import Contracts
import GRDB
import Streams

/// Applies a dispatch partition's stream (`dispatch.p<k>`, R6, R7): the first purchase order sent makes the
/// order `dispatched`, the shipment makes it `shipped` (the customer gets the tracking number), an exhausted
/// supplier list tells the merchant, and an abandoned dispatch refunds the order. Other types are skipped.
public struct DispatchHandler: StreamHandler {
    let transitions: OrderTransitions
    let mails: OrderMails

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case PurchaseOrderSent.eventType:
            let envelope = try event.decode(PurchaseOrderSent.self)
            let sent = envelope.data
            try transitions.change(sent.orderID, causation: envelope.id, in: db) { order in
                try order.purchaseOrderSent(sent.purchaseOrderID, supplierID: sent.supplierID, at: sent.at)
            }
        case PurchaseOrderShipped.eventType:
            let envelope = try event.decode(PurchaseOrderShipped.self)
            let shipped = envelope.data
            try transitions.change(shipped.orderID, causation: envelope.id, in: db) { order in
                try order.supplierShipped(
                    supplierID: shipped.supplierID, carrier: shipped.carrier, trackingNumber: shipped.trackingNumber,
                    at: shipped.at)
            }
        case DispatchExhausted.eventType:
            let exhausted = try event.decode(DispatchExhausted.self).data
            guard let order = try OrderRecords.find(exhausted.orderID, in: db) else {
                throw OrdersHandlingError.unknownOrder(exhausted.orderID)
            }
            try mails.dispatchExhausted(
                order, exhausted, listing: try CatalogProjection.listing(order.listingID, in: db),
                merchant: try CatalogProjection.merchant(order.merchantID, in: db), in: db)
        case DispatchAbandoned.eventType:
            let envelope = try event.decode(DispatchAbandoned.self)
            try transitions.change(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.dispatchAbandoned(at: envelope.data.at)
            }
        default:
            return
        }
    }
}
