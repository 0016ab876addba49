import GRDB

/// The schema of a dispatch partition's store (`dispatch.p<k>.sqlite`, docs/architecture.md §2): its versioned
/// migrations, each with its own frozen SQL. Each table family is read and written by its `…Records`, in the
/// caller's transaction, next to the outbox rows and the stream checkpoints:
///
/// - `merchant`, `listing`, `supplierStock` (`CatalogueRecords`): the catalogue as Inventory publishes it
///   (`catalog.*`), as JSON documents (the brand, return address and language of documents, each variation's
///   ranked supplier offers, HS code and origin), and each supplier's last reported stock per SKU
///   (`supplier_stock.updated`, R16).
/// - `dispatchJob` (`DispatchJobRecords`): one `DispatchJob` per released order of this partition (JSON
///   document), with its state name for listing.
/// - `parkedRelease` (`ParkedReleaseRecords`): a released order whose listing has not reached the projection yet
///   (the `inventory` subscription lags the `orders` one); its job starts when the listing arrives.
/// - `scorecard` (`ScorecardRecords`): one `SupplierScorecard` per supplier, from this partition's purchase
///   orders (R7).
/// - `purchaseOrderDocument` (`PurchaseOrderDocumentRecords`): the packing list, invoice and commercial invoice
///   of each purchase order, per language, as sent (R6, R9).
/// - `connectorCall` (`ConnectorCallRecords`): calls to the supplier connector decided in a transaction and not
///   yet answered; the sender makes them after commit and feeds the answer back (so a crash between the two
///   repeats the call, which the connector takes idempotently by purchase order id). A call failing in transit
///   counts its `failures` in a row, with the `lastError` and `failingSinceMs` (for the alert in `status`).
///
/// Times are integer milliseconds since 1970.
public enum DispatchStore {
    /// Registers the versioned migrations (the stream, clock and timer tables come from `StoreSetup`).
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("dispatch-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE merchant(id TEXT PRIMARY KEY NOT NULL, document TEXT NOT NULL);
                    CREATE TABLE listing(id TEXT PRIMARY KEY NOT NULL, document TEXT NOT NULL);
                    CREATE TABLE supplierStock(
                        listingID TEXT NOT NULL, sku TEXT NOT NULL, supplierID TEXT NOT NULL, quantity INTEGER NOT NULL,
                        PRIMARY KEY(listingID, sku, supplierID));
                    CREATE TABLE dispatchJob(
                        orderID TEXT PRIMARY KEY NOT NULL, merchantID TEXT NOT NULL, state TEXT NOT NULL,
                        releasedAtMs INTEGER NOT NULL, document TEXT NOT NULL);
                    CREATE INDEX dispatchJobByState ON dispatchJob(state, releasedAtMs);
                    CREATE TABLE parkedRelease(
                        orderID TEXT PRIMARY KEY NOT NULL, listingID TEXT NOT NULL, document TEXT NOT NULL);
                    CREATE INDEX parkedReleaseByListing ON parkedRelease(listingID);
                    CREATE TABLE scorecard(supplierID TEXT PRIMARY KEY NOT NULL, document TEXT NOT NULL);
                    CREATE TABLE connectorCall(
                        id INTEGER PRIMARY KEY AUTOINCREMENT, orderID TEXT NOT NULL, kind TEXT NOT NULL,
                        purchaseOrderID TEXT NOT NULL, body BLOB NOT NULL, UNIQUE(kind, purchaseOrderID));
                    """)
        }
        migrator.registerMigration("dispatch-v2") { db in
            // The unfiltered job list without a sort.
            try db.execute(sql: "CREATE INDEX dispatchJobByRelease ON dispatchJob(releasedAtMs, orderID)")
        }
        migrator.registerMigration("dispatch-v3") { db in
            // Each purchase order's documents as sent, for the merchant and the operator (R6, R9).
            try db.execute(
                sql: """
                    CREATE TABLE purchaseOrderDocument(
                        purchaseOrderID TEXT NOT NULL, kind TEXT NOT NULL, language TEXT NOT NULL,
                        html TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY(purchaseOrderID, kind, language));
                    """)
        }
        migrator.registerMigration("dispatch-v4") { db in
            // A connector call's failures in transit, so that a call failing for long raises an alert in `status`.
            try db.execute(
                sql: """
                    ALTER TABLE connectorCall ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE connectorCall ADD COLUMN lastError TEXT;
                    ALTER TABLE connectorCall ADD COLUMN failingSinceMs INTEGER;
                    """)
        }
    }
}
