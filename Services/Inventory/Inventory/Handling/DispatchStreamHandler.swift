import Contracts
import GRDB
import Streams

/// Applies a dispatch partition's stream (`dispatch.p<k>`, R6): the first `purchase_order.sent` of an order
/// turns its reserved units sold. Every other type changes nothing here.
struct DispatchStreamHandler: StreamHandler {
    let desk: ListingDesk

    func apply(_ event: IncomingEvent, in db: Database) throws {
        guard event.type == PurchaseOrderSent.eventType else { return }
        try desk.markSold(event.decode(PurchaseOrderSent.self).data, in: db)
    }
}
