import GRDB

/// The schema of `simulator.sqlite`'s own tables (docs/architecture.md §2), as versioned migrations, each with its
/// own frozen SQL. Their reads and writes are `PurchaseOrderRecords`, `SupplierBehaviourRecords`,
/// `CarrierBehaviourRecords`, `ParcelRecords` and `OutgoingCallRecords`, each in the caller's transaction, next to
/// the outbox rows, the clock and the durable timers.
///
/// - `supplierBehaviour`: the behaviours `simulator.suppliers.set` gave suppliers (JSON documents).
/// - `purchaseOrder`: one `SimulatedPurchaseOrder` per purchase order received (JSON document), with its state
///   and planned tracking number (unique: no two parcels share one) in columns.
/// - `withdrawnPurchaseOrder`: purchase orders cancelled before they arrived, so that a late arrival is taken in
///   cancelled (R15).
/// - `carrierBehaviour`: the behaviours `simulator.carrier_behaviour.set` gave carriers (JSON documents), keyed by
///   the carrier's name without regard to case.
/// - `parcel`: one `SimulatedParcel` per tracking number registered (JSON document), with its carrier, purchase
///   order and fate in columns.
/// - `outgoingCall`: the calls the simulator owes (`OutgoingCall`): the suppliers' answers to Dispatch and the
///   carriers' scans to Tracking, each naming its target, written with the step that decided it and sent after
///   commit by `OutgoingCallSender`; kept once settled, for `simulator.purchase_orders`. Unique per purchase
///   order, action and scan id (empty for a supplier's answer).
///
/// Times are integer milliseconds since 1970, like the timer table.
public enum SimulatorStore {
    /// Registers the versioned migrations (the stream, clock and timer tables come from `StoreSetup`).
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("simulator-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE supplierBehaviour(supplierID TEXT PRIMARY KEY NOT NULL, document TEXT NOT NULL);
                    CREATE TABLE purchaseOrder(
                        id TEXT PRIMARY KEY NOT NULL, supplierID TEXT NOT NULL, state TEXT NOT NULL,
                        trackingNumber TEXT UNIQUE, document TEXT NOT NULL);
                    CREATE INDEX purchaseOrderBySupplier ON purchaseOrder(supplierID, id);
                    CREATE TABLE withdrawnPurchaseOrder(
                        id TEXT PRIMARY KEY NOT NULL, supplierID TEXT NOT NULL, atMs INTEGER NOT NULL);
                    CREATE TABLE outgoingCall(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        purchaseOrderID TEXT NOT NULL REFERENCES purchaseOrder(id),
                        action TEXT NOT NULL CHECK (action IN ('acknowledge', 'ship', 'reject')),
                        body BLOB NOT NULL,
                        status TEXT NOT NULL DEFAULT 'pending'
                            CHECK (status IN ('pending', 'delivered', 'refused', 'dropped')),
                        attempts INTEGER NOT NULL DEFAULT 0, notBeforeMs INTEGER NOT NULL DEFAULT 0, answer TEXT,
                        UNIQUE(purchaseOrderID, action));
                    CREATE INDEX outgoingCallPending ON outgoingCall(purchaseOrderID, id) WHERE status = 'pending';
                    """)
        }
        // The carriers: their behaviours, the parcels registered, and calls that name their target (a scan goes to
        // Tracking) and are unique per scan, without the reference to a purchase order the simulator received.
        migrator.registerMigration("simulator-v2-carriers") { db in
            try db.execute(
                sql: """
                    CREATE TABLE carrierBehaviour(
                        carrier TEXT PRIMARY KEY NOT NULL COLLATE NOCASE, document TEXT NOT NULL);
                    CREATE TABLE parcel(
                        trackingNumber TEXT PRIMARY KEY NOT NULL, carrier TEXT NOT NULL, purchaseOrderID TEXT NOT NULL,
                        fate TEXT NOT NULL, document TEXT NOT NULL);
                    CREATE TABLE outgoingCallV2(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        target TEXT NOT NULL CHECK (target IN ('dispatch', 'tracking')),
                        purchaseOrderID TEXT NOT NULL,
                        action TEXT NOT NULL CHECK (action IN ('acknowledge', 'ship', 'reject', 'scan')),
                        scanID TEXT NOT NULL DEFAULT '',
                        body BLOB NOT NULL,
                        status TEXT NOT NULL DEFAULT 'pending'
                            CHECK (status IN ('pending', 'delivered', 'refused', 'dropped')),
                        attempts INTEGER NOT NULL DEFAULT 0, notBeforeMs INTEGER NOT NULL DEFAULT 0, answer TEXT,
                        CHECK ((action = 'scan') = (target = 'tracking')),
                        UNIQUE(purchaseOrderID, action, scanID));
                    INSERT INTO outgoingCallV2(
                        id, target, purchaseOrderID, action, body, status, attempts, notBeforeMs, answer)
                    SELECT id, 'dispatch', purchaseOrderID, action, body, status, attempts, notBeforeMs, answer
                    FROM outgoingCall;
                    DROP TABLE outgoingCall;
                    ALTER TABLE outgoingCallV2 RENAME TO outgoingCall;
                    CREATE INDEX outgoingCallPending ON outgoingCall(purchaseOrderID, id) WHERE status = 'pending';
                    """)
        }
    }
}
