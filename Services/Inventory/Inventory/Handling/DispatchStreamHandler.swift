import Contracts
import GRDB
import Streams

/// Applies a dispatch partition's stream (`dispatch.p<k>`, R6, R8, R15): the first `purchase_order.sent` of an order
/// turns its reserved units sold; `purchase_order.cancelled` (the supplier confirmed the cancellation of the purchase
/// order of a cancelled or refunded order: nothing of it ships) gives sold units back. Every other type changes
/// nothing here.
struct DispatchStreamHandler: StreamHandler {
    let desk: ListingDesk

    func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case PurchaseOrderSent.eventType:
            try desk.markSold(event.decode(PurchaseOrderSent.self).data, in: db)
        case PurchaseOrderCancelled.eventType:
            let cancelled = try event.decode(PurchaseOrderCancelled.self).data
            try desk.returnSold(of: cancelled.orderID, reason: .purchaseOrderCancelled, in: db)
        default:
            return
        }
    }
}
