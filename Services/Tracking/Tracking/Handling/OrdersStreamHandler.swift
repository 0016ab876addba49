import Contracts
import GRDB
import Streams

/// Applies the `orders` stream (R8, R10, R11): `order.released` arms the order's deadlines, `order.refunded` and
/// `order.cancelled` disarm them, `order.delivery_confirmed` delivers the parcel on the customer's word. Other
/// types are skipped.
public struct OrdersStreamHandler: StreamHandler {
    let desk: ShipmentDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case OrderReleased.eventType:
            let envelope = try event.decode(OrderReleased.self)
            try desk.orderReleased(envelope.data, causation: envelope.id, in: db)
        case OrderRefunded.eventType:
            let refunded = try event.decode(OrderRefunded.self).data
            try desk.orderEnded(refunded.orderID, at: refunded.at, in: db)
        case OrderCancelled.eventType:
            let cancelled = try event.decode(OrderCancelled.self).data
            try desk.orderEnded(cancelled.orderID, at: cancelled.at, in: db)
        case OrderDeliveryConfirmed.eventType:
            let envelope = try event.decode(OrderDeliveryConfirmed.self)
            try desk.deliveryConfirmed(envelope.data, causation: envelope.id, in: db)
        default:
            return
        }
    }
}
