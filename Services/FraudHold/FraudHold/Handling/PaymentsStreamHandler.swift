import Contracts
import GRDB
import Streams

/// Applies the `payments` stream (R3, R4): `payment.authorised` starts the order's hold, `payment.declined`
/// counts against its card and customer. Other types are skipped.
public struct PaymentsStreamHandler: StreamHandler {
    let desk: HoldDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case PaymentAuthorised.eventType:
            let envelope = try event.decode(PaymentAuthorised.self)
            try desk.paymentAuthorised(envelope.data, causation: envelope.id, in: db)
        case PaymentDeclined.eventType:
            try desk.paymentDeclined(try event.decode(PaymentDeclined.self).data, in: db)
        default:
            return
        }
    }
}
