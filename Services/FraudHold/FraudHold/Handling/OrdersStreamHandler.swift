import Contracts
import GRDB
import Streams

/// Applies the `orders` stream (R4): `order.placed` gives the facts an assessment needs; `order.cancelled`
/// and `order.declined` close the order's hold. Other types are skipped.
public struct OrdersStreamHandler: StreamHandler {
    let desk: HoldDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case OrderPlaced.eventType:
            let envelope = try event.decode(OrderPlaced.self)
            try desk.orderPlaced(envelope.data, causation: envelope.id, in: db)
        case OrderCancelled.eventType:
            let cancelled = try event.decode(OrderCancelled.self).data
            try desk.orderEnded(cancelled.orderID, at: cancelled.at, in: db)
        case OrderDeclined.eventType:
            let declined = try event.decode(OrderDeclined.self).data
            try desk.orderEnded(declined.orderID, at: declined.at, in: db)
        default:
            return
        }
    }
}
