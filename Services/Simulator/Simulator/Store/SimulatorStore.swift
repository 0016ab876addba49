import GRDB

/// The schema of `simulator.sqlite`'s own tables (docs/architecture.md §2), as versioned migrations, each with its
/// own frozen SQL. Their reads and writes are `PurchaseOrderRecords`, `SupplierBehaviourRecords` and
/// `OutgoingCallRecords`, each in the caller's transaction, next to the outbox rows, the clock and the durable
/// timers.
///
/// - `supplierBehaviour`: the behaviours `simulator.suppliers.set` gave suppliers (JSON documents).
/// - `purchaseOrder`: one `SimulatedPurchaseOrder` per purchase order received (JSON document), with its state
///   and planned tracking number (unique: no two parcels share one) in columns.
/// - `withdrawnPurchaseOrder`: purchase orders cancelled before they arrived, so that a late arrival is taken in
///   cancelled (R15).
/// - `outgoingCall`: the supplier's answers to Dispatch (`OutgoingCall`), written with the step that decided them
///   and sent after commit by `OutgoingCallSender`; kept once settled, for `simulator.purchase_orders`.
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
    }
}
