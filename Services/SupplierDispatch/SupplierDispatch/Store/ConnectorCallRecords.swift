import Contracts
import Foundation
import GRDB

/// The `connectorCall` table: the queue of `ConnectorCall`s, written in the transaction that decided each call
/// and emptied in the one that applied its answer.
enum ConnectorCallRecords {
    /// Records a call; deciding the same call again (a redelivered input) adds nothing.
    static func enqueue(
        _ kind: ConnectorCall.Kind, orderID: OrderID, purchaseOrderID: PurchaseOrderID, body: Data, in db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO connectorCall(orderID, kind, purchaseOrderID, body)
                VALUES(:orderID, :kind, :purchaseOrderID, :body)
                ON CONFLICT(kind, purchaseOrderID) DO NOTHING
                """
        ).execute(arguments: [
            "orderID": orderID.rawValue, "kind": kind.rawValue, "purchaseOrderID": purchaseOrderID.rawValue,
            "body": body,
        ])
    }

    /// The first pending call of each order, oldest first, at most `limit`, skipping `busy` orders; bodies are
    /// left out (`body(of:in:)` reads one when its call is made). Reads the queue in order and stops as soon as
    /// it has `limit` calls, so its cost does not grow with the backlog.
    static func next(limit: Int, skipping busy: Set<OrderID>, in db: Database) throws -> [ConnectorCall] {
        var calls: [ConnectorCall] = []
        var seen = busy
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT id, orderID, kind, purchaseOrderID FROM connectorCall ORDER BY id"))
        while calls.count < limit, let row = try rows.next() {
            let orderID = OrderID(rawValue: row["orderID"])
            guard seen.insert(orderID).inserted else { continue }  // busy, or a later call of an order listed
            calls.append(
                ConnectorCall(
                    id: row["id"], orderID: orderID, kind: ConnectorCall.Kind(rawValue: row["kind"]) ?? .cancel,
                    purchaseOrderID: PurchaseOrderID(rawValue: row["purchaseOrderID"]), body: Data()))
        }
        return calls
    }

    /// The call's request body.
    static func body(of call: ConnectorCall, in db: Database) throws -> Data {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT body FROM connectorCall WHERE id = :id"), arguments: ["id": call.id]
        ).map { row -> Data in row["body"] } ?? Data()
    }

    /// The call is done; its answer was applied in the same transaction.
    static func complete(_ call: ConnectorCall, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM connectorCall WHERE id = :id").execute(arguments: ["id": call.id])
    }

    /// How many calls are pending.
    static func pendingCount(in db: Database) throws -> Int {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) AS calls FROM connectorCall"))
            .map { row -> Int in row["calls"] } ?? 0
    }
}
