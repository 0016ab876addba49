import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// Applies the `orders` stream (R3, R5, R6, R15): `order.placed` authorises, `order.released` captures,
/// `order.cancelled` (during the hold, or by the merchant after release) and `order.refunded` void a payment not
/// yet captured and refund a captured one. Every other type is skipped: `order.declined` came from our own
/// `payment.declined`.
///
/// Domain time of each input is the event's time, or the service's clock if that is later (a service that was
/// down catches up at its own time), in whole milliseconds as on the bus.
public struct OrdersStreamHandler: StreamHandler {
    let desk: PaymentDesk
    let clock: DomainClock

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case OrderPlaced.eventType:
            let envelope = try event.decode(OrderPlaced.self)
            try desk.place(envelope.data, at: now(envelope.at, db), causation: envelope.id, in: db)
        case OrderCancelled.eventType:
            let envelope = try event.decode(OrderCancelled.self)
            try desk.cancel(envelope.data.orderID, at: now(envelope.at, db), causation: envelope.id, in: db)
        case OrderReleased.eventType:
            let envelope = try event.decode(OrderReleased.self)
            try desk.release(envelope.data.orderID, at: now(envelope.at, db), causation: envelope.id, in: db)
        case OrderRefunded.eventType:
            let envelope = try event.decode(OrderRefunded.self)
            try desk.refund(envelope.data.orderID, at: now(envelope.at, db), causation: envelope.id, in: db)
        default:
            return
        }
    }

    /// The later of the event's time and the clock's, rounded to the millisecond.
    private func now(_ eventTime: Date, _ db: Database) throws -> Date {
        DomainTime.rounded(max(eventTime, try clock.now(in: db)))
    }
}
