import Contracts
import GRDB
import Streams

/// Applies a dispatch partition's stream (`dispatch.p<k>`, R8, R9): `purchase_order.sent` gives the shipping
/// choice, `purchase_order.shipped` registers the shipment. Other types are skipped.
public struct DispatchStreamHandler: StreamHandler {
    let desk: ShipmentDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case PurchaseOrderSent.eventType:
            try desk.purchaseOrderSent(try event.decode(PurchaseOrderSent.self).data, in: db)
        case PurchaseOrderShipped.eventType:
            let envelope = try event.decode(PurchaseOrderShipped.self)
            try desk.purchaseOrderShipped(envelope.data, causation: envelope.id, in: db)
        default:
            return
        }
    }
}
