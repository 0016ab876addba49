import Contracts
import Foundation
import GRDB

/// Owns `simulator.sqlite`'s own tables (ARCHITECTURE §2); every read and write runs in the caller's
/// transaction, next to the outbox rows, the clock and the durable timers.
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

    // MARK: - Reads

    /// The purchase order, if it was received.
    static func purchaseOrder(_ id: PurchaseOrderID, in db: Database) throws -> SimulatedPurchaseOrder? {
        try String.fetchOne(db, sql: "SELECT document FROM purchaseOrder WHERE id = ?", arguments: [id.rawValue])
            .map { try decode(SimulatedPurchaseOrder.self, $0) }
    }

    /// Whether a purchase order already has this planned tracking number.
    static func isTrackingNumberTaken(_ number: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM purchaseOrder WHERE trackingNumber = ?)", arguments: [number])
            ?? false
    }

    /// Purchase orders by id, of one supplier or of all, after `after`, at most `limit`.
    static func purchaseOrders(
        supplierID: SupplierID?, after: PurchaseOrderID?, limit: Int, in db: Database
    ) throws -> [SimulatedPurchaseOrder] {
        try String.fetchAll(
            db,
            sql: """
                SELECT document FROM purchaseOrder
                WHERE (?1 IS NULL OR supplierID = ?1) AND (?2 IS NULL OR id > ?2) ORDER BY id LIMIT ?3
                """,
            arguments: [supplierID?.rawValue, after?.rawValue, limit]
        ).map { try decode(SimulatedPurchaseOrder.self, $0) }
    }

    /// How many purchase orders are in each state, of one supplier or of all.
    static func stateCounts(supplierID: SupplierID?, in db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT state, COUNT(*) FROM purchaseOrder WHERE ?1 IS NULL OR supplierID = ?1 GROUP BY state",
            arguments: [supplierID?.rawValue])
        {
            counts[row[0]] = row[1]
        }
        return counts
    }

    /// Whether Dispatch cancelled the purchase order before it arrived.
    static func isWithdrawn(_ id: PurchaseOrderID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM withdrawnPurchaseOrder WHERE id = ?)", arguments: [id.rawValue])
            ?? false
    }

    // MARK: - Writes

    /// Inserts or replaces the purchase order, keeping its state and tracking number in their columns.
    static func save(_ order: SimulatedPurchaseOrder, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO purchaseOrder(id, supplierID, state, trackingNumber, document) VALUES(?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET state = excluded.state, document = excluded.document
                """,
            arguments: [
                order.purchaseOrderID.rawValue, order.supplierID.rawValue, order.state.rawValue,
                order.plan.trackingNumber, try encode(order),
            ])
    }

    /// Remembers a cancellation of a purchase order not received (yet); the first one wins.
    static func withdraw(_ id: PurchaseOrderID, supplierID: SupplierID, at time: Date, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO withdrawnPurchaseOrder(id, supplierID, atMs) VALUES(?, ?, ?) ON CONFLICT(id) DO NOTHING",
            arguments: [id.rawValue, supplierID.rawValue, DomainTime.milliseconds(time)])
    }

    // MARK: - Encoding

    private static let encoder = DomainTime.makeEncoder()
    private static let decoder = DomainTime.makeDecoder()

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func encodeData(_ value: some Encodable) throws -> Data {
        try encoder.encode(value)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try decoder.decode(type, from: Data(text.utf8))
    }
}
