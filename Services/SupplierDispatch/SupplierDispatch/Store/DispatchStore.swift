import Contracts
import Foundation
import GRDB

/// Owns a dispatch partition's store (`dispatch.p<k>.sqlite`, ARCHITECTURE §2); every read and write runs in the
/// caller's transaction, next to the outbox rows and the stream checkpoints.
///
/// - `merchant`, `listing`: the catalogue as Inventory publishes it (`catalog.*`), as JSON documents: the brand,
///   return address and language of documents, each variation's ranked supplier offers, HS code and origin.
/// - `supplierStock`: each supplier's last reported stock per SKU (`supplier_stock.updated`, R16).
/// - `dispatchJob`: one `DispatchJob` per released order of this partition (JSON document), with its state name
///   for listing.
/// - `parkedRelease`: a released order whose listing has not reached the projection yet (the `inventory`
///   subscription lags the `orders` one); its job starts when the listing arrives.
/// - `scorecard`: one `SupplierScorecard` per supplier, from this partition's purchase orders (R7).
/// - `purchaseOrderDocument`: the packing list, invoice and commercial invoice of each purchase order, per
///   language, as sent (R6, R9).
/// - `connectorCall`: calls to the supplier connector decided in a transaction and not yet answered; the
///   sender makes them after commit and feeds the answer back (so a crash between the two repeats the call,
///   which the connector takes idempotently by purchase order id).
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
    }

    // MARK: - Catalogue projection

    static func upsert(_ merchant: MerchantRecord, in db: Database) throws {
        try db.execute(
            sql:
                "INSERT INTO merchant(id, document) VALUES(?, ?) ON CONFLICT(id) DO UPDATE SET document = excluded.document",
            arguments: [merchant.id.rawValue, try encode(merchant)])
    }

    static func upsert(_ listing: ListingRecord, in db: Database) throws {
        try db.execute(
            sql:
                "INSERT INTO listing(id, document) VALUES(?, ?) ON CONFLICT(id) DO UPDATE SET document = excluded.document",
            arguments: [listing.id.rawValue, try encode(listing)])
    }

    static func merchant(_ id: MerchantID, in db: Database) throws -> MerchantRecord? {
        try String.fetchOne(db, sql: "SELECT document FROM merchant WHERE id = ?", arguments: [id.rawValue])
            .map { try decode(MerchantRecord.self, $0) }
    }

    static func listing(_ id: ListingID, in db: Database) throws -> ListingRecord? {
        try String.fetchOne(db, sql: "SELECT document FROM listing WHERE id = ?", arguments: [id.rawValue])
            .map { try decode(ListingRecord.self, $0) }
    }

    static func setSupplierStock(_ update: SupplierStockUpdated, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO supplierStock(listingID, sku, supplierID, quantity) VALUES(?, ?, ?, ?)
                ON CONFLICT(listingID, sku, supplierID) DO UPDATE SET quantity = excluded.quantity
                """,
            arguments: [update.listingID.rawValue, update.sku, update.supplierID.rawValue, update.quantity])
    }

    /// Each supplier's last reported stock of a SKU; a supplier that never reported is absent (unknown).
    static func supplierStock(listing: ListingID, sku: String, in db: Database) throws -> [SupplierID: Int] {
        var stock: [SupplierID: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT supplierID, quantity FROM supplierStock WHERE listingID = ? AND sku = ?",
            arguments: [listing.rawValue, sku])
        {
            stock[SupplierID(rawValue: row["supplierID"])] = row["quantity"]
        }
        return stock
    }

    // MARK: - Coding

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try decoder.decode(type, from: Data(text.utf8))
    }

    private static let encoder: JSONEncoder = {
        let encoder = DomainTime.makeEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    private static let decoder = DomainTime.makeDecoder()
}
