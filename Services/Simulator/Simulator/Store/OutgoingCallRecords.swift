import Contracts
import Foundation
import GRDB

/// Reads and writes the `outgoingCall` table: the suppliers' answers to Dispatch and the carriers' scans to
/// Tracking, from the step that decides them to the target's reply.
enum OutgoingCallRecords {
    // MARK: - Reads

    /// Pending calls due by `nowMs` (wall clock) that are the oldest pending call of their purchase order, so that
    /// a ship never overtakes its acknowledgement, nor a scan the one before; oldest first, at most `limit`.
    static func sendable(nowMs: Int64, limit: Int, in db: Database) throws -> [OutgoingCall] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT c.id, c.target, c.purchaseOrderID, c.action, c.body, c.attempts FROM outgoingCall c
                    WHERE c.status = 'pending' AND c.notBeforeMs <= :nowMs
                        AND NOT EXISTS (
                            SELECT 1 FROM outgoingCall e
                            WHERE e.purchaseOrderID = c.purchaseOrderID AND e.status = 'pending' AND e.id < c.id)
                    ORDER BY c.id LIMIT :limit
                    """),
            arguments: ["nowMs": nowMs, "limit": limit]
        ).map { row in
            let id: Int64 = row["id"]
            guard let action = OutgoingCall.Action(rawValue: row["action"]),
                let target = OutgoingCall.Target(rawValue: row["target"])
            else {
                throw SimulatorStoreError.corruptRow(table: "outgoingCall", key: "\(id)", column: "action or target")
            }
            return OutgoingCall(
                id: id, target: target, purchaseOrderID: PurchaseOrderID(rawValue: row["purchaseOrderID"]),
                action: action, body: row["body"], attempts: row["attempts"])
        }
    }

    /// How many calls are pending (waiting to be made, or to be made again after a failure).
    static func pendingCount(in db: Database) throws -> Int {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) AS calls FROM outgoingCall WHERE status = 'pending'"))
            .map { row -> Int in row["calls"] } ?? 0
    }

    /// The answers to Dispatch of each purchase order in `ids`, oldest first, as `simulator.purchase_orders` shows
    /// them.
    static func history(of ids: [PurchaseOrderID], in db: Database) throws -> [PurchaseOrderID: [OutgoingCallView]] {
        guard !ids.isEmpty else { return [:] }
        var views: [PurchaseOrderID: [OutgoingCallView]] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT purchaseOrderID, action, status, attempts, answer FROM outgoingCall
                    WHERE purchaseOrderID IN (SELECT value FROM json_each(:ids)) AND target = 'dispatch' ORDER BY id
                    """),
            arguments: ["ids": try StoredDocument.text(ids)])
        while let row = try rows.next() {
            let purchaseOrderID = PurchaseOrderID(rawValue: row["purchaseOrderID"])
            guard let action = OutgoingCallView.Action(rawValue: row["action"]),
                let status = OutgoingCallView.Status(rawValue: row["status"])
            else {
                throw SimulatorStoreError.corruptRow(
                    table: "outgoingCall", key: purchaseOrderID.rawValue, column: "action or status")
            }
            views[purchaseOrderID, default: []].append(
                OutgoingCallView(action: action, status: status, attempts: row["attempts"], answer: row["answer"]))
        }
        return views
    }

    // MARK: - Writes

    /// Queues a call to the action's target; a second one of the same action for the same purchase order (and,
    /// for a scan, the same scan id) changes nothing.
    static func enqueue(
        _ action: OutgoingCall.Action, of purchaseOrderID: PurchaseOrderID, scanID: String = "", body: some Encodable,
        in db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO outgoingCall(target, purchaseOrderID, action, scanID, body)
                VALUES(:target, :purchaseOrderID, :action, :scanID, :body)
                ON CONFLICT(purchaseOrderID, action, scanID) DO NOTHING
                """
        ).execute(arguments: [
            "target": action.target.rawValue, "purchaseOrderID": purchaseOrderID.rawValue, "action": action.rawValue,
            "scanID": scanID, "body": try StoredDocument.data(body),
        ])
    }

    /// Records the target's answer: `delivered`, or `refused` with its words. A call dropped meanwhile by a
    /// cancellation was made all the same, so its answer is recorded too.
    static func settle(_ id: Int64, as status: OutgoingCall.Status, answer: String?, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE outgoingCall SET status = :status, answer = :answer, attempts = attempts + 1
                WHERE id = :id AND status IN ('pending', 'dropped')
                """
        ).execute(arguments: ["status": status.rawValue, "answer": answer, "id": id])
    }

    /// Records a transport failure and when to try again (wall clock).
    static func postpone(_ id: Int64, untilMs: Int64, error: String, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE outgoingCall SET attempts = attempts + 1, notBeforeMs = :notBeforeMs, answer = :answer
                WHERE id = :id AND status = 'pending'
                """
        ).execute(arguments: ["notBeforeMs": untilMs, "answer": error, "id": id])
    }

    /// Drops the purchase order's pending answers to Dispatch: Dispatch cancelled it (R15).
    static func dropPending(of purchaseOrderID: PurchaseOrderID, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE outgoingCall SET status = 'dropped'
                WHERE purchaseOrderID = :purchaseOrderID AND status = 'pending' AND target = 'dispatch'
                """
        ).execute(arguments: ["purchaseOrderID": purchaseOrderID.rawValue])
    }
}
