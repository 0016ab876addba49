import Contracts
import GRDB
import Streams

/// Applies the `payments` stream (R3): `payment.authorised` moves the order towards release, `payment.declined`
/// ends it as `declined` and tells the customer. Other payment events are ignored.
public struct PaymentsStreamHandler: StreamHandler {
    let desk: OrderDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case PaymentAuthorised.eventType:
            let envelope = try event.decode(PaymentAuthorised.self)
            let fact = envelope.data
            try desk.apply(fact.orderID, causation: envelope.id, in: db) { order in
                order.paymentAuthorised(at: fact.authorisedAt)
            }
        case PaymentDeclined.eventType:
            let envelope = try event.decode(PaymentDeclined.self)
            let fact = envelope.data
            try desk.apply(fact.orderID, causation: envelope.id, in: db) { order in
                try order.paymentDeclined(reason: fact.reason.rawValue, at: fact.declinedAt)
            }
        default:
            return
        }
    }
}
