import Contracts
import Foundation
import GRDB

/// Reads and writes the `purchaseOrder` table (one `SimulatedPurchaseOrder` per purchase order received, a JSON
/// document with its state and planned tracking number in columns) and `withdrawnPurchaseOrder` (purchase orders
/// cancelled before they arrived).
enum PurchaseOrderRecords {
    // MARK: - Reads

    /// The purchase order, if it was received.
    static func find(_ id: PurchaseOrderID, in db: Database) throws -> SimulatedPurchaseOrder? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT document FROM purchaseOrder WHERE id = :id"), arguments: ["id": id.rawValue]
        ).map { try StoredDocument.decode(SimulatedPurchaseOrder.self, $0) }
    }

    /// Whether a purchase order already has this planned tracking number.
    static func isTrackingNumberTaken(_ number: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(
                sql: "SELECT EXISTS(SELECT 1 FROM purchaseOrder WHERE trackingNumber = :trackingNumber)"),
            arguments: ["trackingNumber": number]) ?? false
    }

    /// Purchase orders by id, of one supplier or of all, after `after`, at most `limit`.
    static func page(
        supplierID: SupplierID?, after: PurchaseOrderID?, limit: Int, in db: Database
    ) throws -> [SimulatedPurchaseOrder] {
        try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT document FROM purchaseOrder
                    WHERE (:supplierID IS NULL OR supplierID = :supplierID) AND (:after IS NULL OR id > :after)
                    ORDER BY id LIMIT :limit
                    """),
            arguments: ["supplierID": supplierID?.rawValue, "after": after?.rawValue, "limit": limit]
        ).map { try StoredDocument.decode(SimulatedPurchaseOrder.self, $0) }
    }

    /// How many purchase orders are in each state, of one supplier or of all.
    static func stateCounts(supplierID: SupplierID?, in db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT state, COUNT(*) AS count FROM purchaseOrder
                    WHERE :supplierID IS NULL OR supplierID = :supplierID GROUP BY state
                    """),
            arguments: ["supplierID": supplierID?.rawValue])
        while let row = try rows.next() {
            counts[row["state"]] = row["count"]
        }
        return counts
    }

    /// Whether Dispatch cancelled the purchase order before it arrived.
    static func isWithdrawn(_ id: PurchaseOrderID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM withdrawnPurchaseOrder WHERE id = :id)"),
            arguments: ["id": id.rawValue]) ?? false
    }

    // MARK: - Writes

    /// Inserts or replaces the purchase order, keeping its state and tracking number in their columns.
    static func save(_ order: SimulatedPurchaseOrder, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO purchaseOrder(id, supplierID, state, trackingNumber, document)
                VALUES(:id, :supplierID, :state, :trackingNumber, :document)
                ON CONFLICT(id) DO UPDATE SET state = excluded.state, document = excluded.document
                """
        ).execute(arguments: [
            "id": order.purchaseOrderID.rawValue, "supplierID": order.supplierID.rawValue,
            "state": order.state.rawValue, "trackingNumber": order.plan.trackingNumber,
            "document": try StoredDocument.text(order),
        ])
    }

    /// Remembers a cancellation of a purchase order not received (yet); the first one wins.
    static func withdraw(_ id: PurchaseOrderID, supplierID: SupplierID, at time: Date, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO withdrawnPurchaseOrder(id, supplierID, atMs) VALUES(:id, :supplierID, :atMs)
                ON CONFLICT(id) DO NOTHING
                """
        ).execute(arguments: [
            "id": id.rawValue, "supplierID": supplierID.rawValue, "atMs": DomainTime.milliseconds(time),
        ])
    }
}
