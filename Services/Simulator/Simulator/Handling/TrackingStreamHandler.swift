import Contracts
import GRDB
import Streams

/// Applies the `tracking` stream (R10, R11): `shipment.registered` hands the parcel to its simulated carrier, which
/// plans its scans. Other types are skipped.
public struct TrackingStreamHandler: StreamHandler {
    let desk: CarrierDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        guard event.type == ShipmentRegistered.eventType else { return }
        try desk.registered(try event.decode(ShipmentRegistered.self).data, in: db)
    }
}
