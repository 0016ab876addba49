import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

extension ShipmentDesk {
    /// A durable timer fired, inside its transaction: an R8 or R10 deadline (`fulfilment-deadline:<order>`,
    /// `confirmation-deadline:<order>`) or a parcel's silence (`stall:<order>`). Other kinds are ignored.
    func timerFired(_ timer: DurableTimer, in db: Database) throws {
        // The timer is due at its instant; a late firing acts when it actually fires, never before the instant.
        let now = max(try clock.now(in: db), timer.due)
        if let (deadline, orderID) = OrderDeadline.parse(timerID: timer.id) {
            try deadlinePassed(deadline, of: orderID, at: now, in: db)
        } else if timer.kind == Self.stallTimerKind {
            let orderID = OrderID(rawValue: String(timer.id.dropFirst(Self.stallTimerKind.count + 1)))
            try silenceLasted(orderID, at: now, in: db)
        }
    }

    /// R8, R10: `infraction.recorded` unless the order met the deadline or ended before it. R8 is met by the
    /// first shipment's time, R10 by the first scan of any of the order's parcels.
    private func deadlinePassed(_ deadline: OrderDeadline, of orderID: OrderID, at now: Date, in db: Database) throws {
        guard let order = try TrackedOrderRecords.find(orderID, in: db) else { return }
        let shipments = try ShipmentRecords.ofOrder(orderID, in: db)
        let metAt =
            switch deadline {
            case .fulfilment: shipments.map(\.shippedAt).min()
            case .confirmation: shipments.compactMap(\.firstScanAt).min()
            }
        guard
            let infraction = order.infraction(
                missing: deadline, days: settings.days(of: deadline), metAt: metAt,
                penalty: settings.lateFulfillmentPenalty, at: now),
            try InfractionRecords.insert(infraction, in: db)
        else { return }
        try outbox.append(infraction, at: infraction.at, correlation: orderID.rawValue, in: db)
    }

    /// `shipment.stalled` once per silence of the order's latest parcel; the next scan re-arms the timer.
    private func silenceLasted(_ orderID: OrderID, at now: Date, in db: Database) throws {
        guard let stored = try ShipmentRecords.ofOrder(orderID, in: db).last else { return }
        var shipment = stored
        guard let stalled = shipment.stall(at: now, afterDays: settings.stalledAfterDays) else { return }
        try ShipmentRecords.update(shipment, in: db)
        try outbox.append(stalled, at: now, correlation: orderID.rawValue, in: db)
    }
}
