import Contracts
import Foundation
import GRDB
import Streams

/// The `connectorCall` table: the queue of `ConnectorCall`s, written in the transaction that decided each call
/// and emptied in the one that applied its answer. A call that failed in transit keeps its count of failures in a
/// row, the last one's error and when the run of failures began.
enum ConnectorCallRecords {
    /// The dead letters of calls that can never succeed are kept under this name, as if it were a stream.
    static let deadLetterStream = "supplier-connector"
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

    /// Sets the call aside as a dead letter with `reason` and its request body (`deadletters.list`, `status`).
    static func setAside(_ call: ConnectorCall, reason: String, in db: Database) throws {
        try DeadLetters.record(
            db, stream: deadLetterStream, type: call.kind.connectorMethod, body: try body(of: call, in: db),
            error: reason)
    }

    /// Counts a failure of the call in transit (no answer, or an error that may pass): returns the failures in a
    /// row so far.
    @discardableResult
    static func recordFailure(_ call: ConnectorCall, error: String, atMs: Int64, in db: Database) throws -> Int {
        try db.cachedStatement(
            sql: """
                UPDATE connectorCall SET failures = failures + 1, lastError = :error,
                    failingSinceMs = COALESCE(failingSinceMs, :atMs)
                WHERE id = :id
                """
        ).execute(arguments: ["id": call.id, "error": error, "atMs": atMs])
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT failures FROM connectorCall WHERE id = :id"), arguments: ["id": call.id])
            ?? 0
    }

    /// The calls that have failed `failures` times in a row or more, as one sentence for `status`: how many, and
    /// the oldest of them with its last error; nil when there are none.
    static func failingAlert(after failures: Int, in db: Database) throws -> String? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT COUNT(*) OVER () AS calls, kind, purchaseOrderID, failures, lastError, failingSinceMs
                        FROM connectorCall WHERE failures >= :failures ORDER BY failingSinceMs, id LIMIT 1
                        """),
                arguments: ["failures": failures])
        else { return nil }
        let calls: Int = row["calls"]
        let kind: String = row["kind"]
        let method = ConnectorCall.Kind(rawValue: kind)?.connectorMethod ?? kind
        let since = Date(timeIntervalSince1970: Double(row["failingSinceMs"] as Int64? ?? 0) / 1000)
        let error: String = row["lastError"] ?? "unknown error"
        let purchaseOrder: String = row["purchaseOrderID"]
        let oldestFailures: Int = row["failures"]
        return "\(calls) supplier connector call\(calls == 1 ? "" : "s") failing \(failures) times or more in a row "
            + "and still retried; the oldest, \(method) of \(purchaseOrder), failed \(oldestFailures) times since "
            + "\(DomainTime.format(since)): \(error)"
    }

    /// How many calls are pending.
    static func pendingCount(in db: Database) throws -> Int {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) AS calls FROM connectorCall"))
            .map { row -> Int in row["calls"] } ?? 0
    }
}
