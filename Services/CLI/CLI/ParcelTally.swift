import Contracts
import Foundation
import GRDB
import Streams
import Synchronization

/// Follows the `tracking` stream (R10, R11) for the demo: each order's parcel as the carriers' scans have told it so
/// far: its expected delivery window, whether it is stalled now (`shipment.stalled`, until the next scan or its
/// delivery), whether it had an exception, went back to the sender or was delivered. The order's status itself comes from `OrderTally`.
///
/// Applying an event twice changes nothing, so a batch the subscription retries is harmless.
public final class ParcelTally: StreamHandler {
    /// One order's parcel.
    public struct Entry: Sendable, Equatable {
        /// When the parcel is expected at the customer's door, as registered.
        public var expectedDelivery: DeliveryWindow?
        /// No scan since the last `shipment.stalled`.
        public var isStalled = false
        /// The carrier reported an exception on the way.
        public var hadException = false
        /// The carrier returned the parcel to its sender: the order's journey is over.
        public var isReturned = false
        /// R11: delivered, by the carrier's scan or the customer's word; no longer counted as stalled.
        public var isDelivered = false
        /// The domain time of the latest fact applied, so that a stall older than a scan does not count.
        var lastFact: Date?
    }

    private let parcels = Mutex<[OrderID: Entry]>([:])

    public init() {}

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case ShipmentRegistered.eventType:
            let fact = try event.decode(ShipmentRegistered.self).data
            registered(fact.orderID, window: fact.expectedDelivery)
        case ShipmentScanned.eventType:
            let fact = try event.decode(ShipmentScanned.self).data
            scanned(fact.orderID, kind: fact.kind, at: fact.at)
        case ShipmentStalled.eventType:
            let fact = try event.decode(ShipmentStalled.self).data
            stalled(fact.orderID, at: fact.at)
        case ShipmentDelivered.eventType:
            delivered(try event.decode(ShipmentDelivered.self).data.orderID)
        default:
            return
        }
    }

    /// `shipment.registered`: the parcel's expected window (the latest registration's, after a failover).
    public func registered(_ order: OrderID, window: DeliveryWindow) {
        parcels.withLock { $0[order, default: Entry()].expectedDelivery = window }
    }

    /// `shipment.scanned`: the parcel is heard of again; an exception or a return to sender is kept.
    public func scanned(_ order: OrderID, kind: ScanKind, at: Date) {
        parcels.withLock { parcels in
            var entry = parcels[order] ?? Entry()
            if kind == .exception { entry.hadException = true }
            if kind == .returnedToSender { entry.isReturned = true }
            if entry.lastFact.map({ at >= $0 }) ?? true {
                entry.isStalled = false
                entry.lastFact = at
            }
            parcels[order] = entry
        }
    }

    /// `shipment.stalled`: no scan for the stall period (R10), unless a later scan was applied already.
    public func stalled(_ order: OrderID, at: Date) {
        parcels.withLock { parcels in
            var entry = parcels[order] ?? Entry()
            if entry.lastFact.map({ at >= $0 }) ?? true {
                entry.isStalled = true
                entry.lastFact = at
            }
            parcels[order] = entry
        }
    }

    /// `shipment.delivered` (R11): the parcel's journey is over.
    public func delivered(_ order: OrderID) {
        parcels.withLock { $0[order, default: Entry()].isDelivered = true }
    }

    /// Every order's parcel now.
    public var entries: [OrderID: Entry] { parcels.withLock { $0 } }

    /// The counts now.
    public var counts: ParcelCounts {
        parcels.withLock { parcels in
            var counts = ParcelCounts()
            for entry in parcels.values {
                counts.registered += 1
                if entry.isStalled, !entry.isDelivered { counts.stalled += 1 }
                if entry.hadException { counts.exceptions += 1 }
                if entry.isReturned { counts.returnedToSender += 1 }
            }
            return counts
        }
    }
}

/// The parcels of the demo's orders by what the carriers said (R10, R11).
public struct ParcelCounts: Sendable, Equatable, Codable {
    /// Orders with a registered shipment.
    public var registered = 0
    /// Parcels with no scan for the stall period now and not delivered (lost, never scanned, or slow).
    public var stalled = 0
    /// Parcels with an exception scan on the way.
    public var exceptions = 0
    /// Parcels the carrier returned to the sender.
    public var returnedToSender = 0

    public init() {}
}
