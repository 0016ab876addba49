import GRDB

/// The schema of `tracking.sqlite`'s own tables (docs/architecture.md, Tracking), in versioned migrations; the
/// `<Entity>Records` read and write them in the caller's transaction, next to the outbox rows, the stream
/// checkpoints and the durable timers, through statements prepared once per connection.
///
/// - `trackedOrder` (`TrackedOrderRecords`): each released order's merchant, destination, value and release time,
///   and when a refund or cancellation ended it (R8, R10).
/// - `sentPurchaseOrder` (`SentPurchaseOrderRecords`): each `purchase_order.sent`'s merchant, release time and
///   shipping choice (R9), read when the purchase order ships.
/// - `shipment` (`ShipmentRecords`): one `Shipment` per shipped purchase order; the carrier and normalised tracking
///   number are unique together (`carrierKey` is the carrier in lower case).
/// - `scan` (`ScanRecords`): every carrier scan, unique per carrier and scan id, which makes `tracking.scan`
///   idempotent.
/// - `infraction` (`InfractionRecords`): every `infraction.recorded`, one per order and kind.
/// - `lane` (`LaneRecords`): parcels delivered per origin, destination and carrier, with the sum, least and most
///   of their delivery days.
///
/// Times are integer milliseconds since 1970, like the timer table; money is integer minor units.
public enum TrackingStore {
    /// Registers the versioned migrations (the stream, clock and timer tables come from `StoreSetup`).
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("tracking-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE trackedOrder(
                        orderID TEXT PRIMARY KEY NOT NULL, merchantID TEXT NOT NULL, destination TEXT NOT NULL,
                        orderValueMinorUnits INTEGER, orderValueCurrency TEXT, releasedAtMs INTEGER NOT NULL,
                        endedAtMs INTEGER);
                    CREATE TABLE sentPurchaseOrder(
                        purchaseOrderID TEXT PRIMARY KEY NOT NULL, orderID TEXT NOT NULL, merchantID TEXT NOT NULL,
                        releasedAtMs INTEGER NOT NULL, choice TEXT);
                    CREATE TABLE shipment(
                        purchaseOrderID TEXT PRIMARY KEY NOT NULL, orderID TEXT NOT NULL, merchantID TEXT NOT NULL,
                        supplierID TEXT NOT NULL, carrier TEXT NOT NULL, carrierKey TEXT NOT NULL,
                        trackingNumber TEXT NOT NULL, choice TEXT, isCarrierMismatch INTEGER NOT NULL,
                        origin TEXT, destination TEXT, releasedAtMs INTEGER NOT NULL, shippedAtMs INTEGER NOT NULL,
                        expectedEarliestMs INTEGER NOT NULL, expectedLatestMs INTEGER NOT NULL,
                        expectedBasis TEXT NOT NULL, isRegistered INTEGER NOT NULL, latestScan TEXT,
                        lastHeardAtMs INTEGER NOT NULL, firstScanAtMs INTEGER, isConfirmedWithinDeadline INTEGER,
                        isConfirmedWithinEligibilityWindow INTEGER, deliveredAtMs INTEGER, deliveryEvidence TEXT,
                        stalledAtMs INTEGER,
                        UNIQUE(carrierKey, trackingNumber));
                    CREATE INDEX shipmentOrder ON shipment(orderID, shippedAtMs);
                    CREATE INDEX shipmentNumber ON shipment(trackingNumber);
                    CREATE TABLE scan(
                        carrierKey TEXT NOT NULL, scanID TEXT NOT NULL, purchaseOrderID TEXT NOT NULL,
                        orderID TEXT NOT NULL, kind TEXT NOT NULL, location TEXT, atMs INTEGER NOT NULL,
                        PRIMARY KEY(carrierKey, scanID));
                    CREATE INDEX scanShipment ON scan(purchaseOrderID, atMs);
                    CREATE TABLE infraction(
                        infractionID TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, merchantID TEXT NOT NULL,
                        orderID TEXT NOT NULL, releasedAtMs INTEGER NOT NULL, deadlineMs INTEGER NOT NULL,
                        penaltyMinorUnits INTEGER, penaltyCurrency TEXT, atMs INTEGER NOT NULL);
                    CREATE INDEX infractionMerchant ON infraction(merchantID, atMs);
                    CREATE TABLE lane(
                        origin TEXT NOT NULL, destination TEXT NOT NULL, carrierKey TEXT NOT NULL,
                        carrier TEXT NOT NULL, parcels INTEGER NOT NULL, sumDays INTEGER NOT NULL,
                        minimumDays INTEGER NOT NULL, maximumDays INTEGER NOT NULL,
                        PRIMARY KEY(origin, destination, carrierKey));
                    """)
        }
    }
}
