import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

extension ShipmentDesk {
    /// `tracking.scan` (R10, R11): records a carrier's scan at `now` (already no earlier than the report's cause),
    /// or no earlier than the shipment, and publishes `shipment.scanned`, with `shipment.confirmed_fulfilled` at the
    /// first scan and `shipment.delivered` at a delivered one, which also measures the lane. A scan id the carrier
    /// reported before changes nothing and answers as the first did, with `isNew` false.
    /// - Parameter trackingNumber: normalised.
    /// - Throws: `TrackingError` when no shipment has the number, or it travels with another carrier.
    func scan(
        carrier: String, trackingNumber: String, scanID: String, kind: ScanKind, location: String?, at now: Date,
        in db: Database
    ) throws -> ScanReceipt {
        let carrierKey = Shipment.carrierKey(carrier)
        if let seen = try ScanRecords.shipment(ofScan: scanID, carrierKey: carrierKey, in: db),
            let shipment = try ShipmentRecords.find(seen, in: db)
        {
            return ScanReceipt(orderID: shipment.orderID, isNew: false, latest: shipment.latestScan ?? kind)
        }
        let candidates = try ShipmentRecords.withNumber(trackingNumber, in: db)
        guard let stored = candidates.first(where: { $0.isCarried(by: carrier) }) else {
            guard let other = candidates.first else {
                throw TrackingError.unknownTrackingNumber(trackingNumber, carrier: carrier)
            }
            throw TrackingError.otherCarrier(trackingNumber, reported: carrier, shippedWith: other.carrier)
        }
        var shipment = stored
        let scan = CarrierScan(scanID: scanID, kind: kind, location: location, at: max(now, shipment.shippedAt))
        let facts = shipment.record(scan, confirmationDays: settings.confirmationDeadlineDays)
        try ScanRecords.insert(scan, carrierKey: carrierKey, of: shipment, in: db)
        try ShipmentRecords.update(shipment, in: db)
        let correlation = shipment.orderID.rawValue
        for fact in facts {
            switch fact {
            case .scanned(let scanned):
                try outbox.append(scanned, at: scan.at, correlation: correlation, in: db)
            case .confirmedFulfilled(let confirmed):
                try outbox.append(confirmed, at: scan.at, correlation: correlation, in: db)
                if confirmed.isWithinDeadline {
                    try DurableTimers.cancel(id: OrderDeadline.confirmation.timerID(shipment.orderID), in: db)
                }
            case .delivered(let delivered):
                try outbox.append(delivered, at: scan.at, correlation: correlation, in: db)
            case .laneSample(let key, let days):
                try LaneRecords.record(days: days, on: key, in: db)
            }
        }
        if shipment.isDelivered {
            if !stored.isDelivered { try DurableTimers.cancel(id: Self.stallTimerID(shipment.orderID), in: db) }
        } else {
            try armStallTimer(for: shipment, in: db)
        }
        return ScanReceipt(orderID: shipment.orderID, isNew: true, latest: shipment.latestScan ?? kind)
    }
}
