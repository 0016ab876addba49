import Contracts
import GRDB
import Streams

/// Applies the `tracking` stream (R8, R10, R11): `shipment.confirmed_fulfilled` makes the order
/// `confirmed_fulfilled` (the customer gets "confirmed shipped" with the expected delivery window),
/// `shipment.scanned` notes every scan on the timeline (the customer hears of out for delivery, exceptions and a
/// return to sender), `shipment.delivered` makes it `delivered`, `shipment.stalled` is noted and mailed to the
/// merchant, and `infraction.recorded` refunds an unshipped order for `late_fulfillment` or notes the infraction.
/// Other types (`shipment.registered`) are skipped.
public struct TrackingStreamHandler: StreamHandler {
    let desk: OrderDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case ShipmentConfirmedFulfilled.eventType:
            let envelope = try event.decode(ShipmentConfirmedFulfilled.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.confirmedFulfilled(envelope.data)
            }
        case ShipmentScanned.eventType:
            let envelope = try event.decode(ShipmentScanned.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.scanned(envelope.data)
            }
        case ShipmentDelivered.eventType:
            let envelope = try event.decode(ShipmentDelivered.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.delivered(envelope.data)
            }
        case ShipmentStalled.eventType:
            let envelope = try event.decode(ShipmentStalled.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.stalled(envelope.data)
            }
        case InfractionRecorded.eventType:
            let envelope = try event.decode(InfractionRecorded.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.infractionRecorded(envelope.data)
            }
        default:
            return
        }
    }
}
