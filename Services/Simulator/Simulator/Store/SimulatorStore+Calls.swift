import Contracts
import Foundation
import GRDB

/// The `outgoingCall` table: the supplier's answers to Dispatch, from the step that decides them to Dispatch's
/// reply.
extension SimulatorStore {
    // MARK: - Reads

    /// Pending calls due by `nowMs` (wall clock) that are the oldest pending call of their purchase order, so that
    /// a ship never overtakes its acknowledgement; oldest first, at most `limit`.
    static func sendableCalls(nowMs: Int64, limit: Int, in db: Database) throws -> [OutgoingCall] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT c.id, c.purchaseOrderID, c.action, c.body, c.attempts FROM outgoingCall c
                WHERE c.status = 'pending' AND c.notBeforeMs <= ?
                    AND NOT EXISTS (
                        SELECT 1 FROM outgoingCall e
                        WHERE e.purchaseOrderID = c.purchaseOrderID AND e.status = 'pending' AND e.id < c.id)
                ORDER BY c.id LIMIT ?
                """,
            arguments: [nowMs, limit]
        ).map { row in
            guard let action = OutgoingCall.Action(rawValue: row[2]) else {
                throw SimulatorStoreError.corruptRow(table: "outgoingCall", key: "\(row[0] as Int64)", column: "action")
            }
            return OutgoingCall(
                id: row[0], purchaseOrderID: PurchaseOrderID(rawValue: row[1]), action: action, body: row[3],
                attempts: row[4])
        }
    }

    /// The calls of each purchase order in `ids`, oldest first.
    static func callViews(of ids: [PurchaseOrderID], in db: Database) throws -> [PurchaseOrderID: [OutgoingCallView]] {
        guard !ids.isEmpty else { return [:] }
        var views: [PurchaseOrderID: [OutgoingCallView]] = [:]
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT purchaseOrderID, action, status, attempts, answer FROM outgoingCall
                WHERE purchaseOrderID IN (\(placeholders)) ORDER BY id
                """,
            arguments: StatementArguments(ids.map(\.rawValue)))
        {
            guard let action = OutgoingCall.Action(rawValue: row[1]), let status = OutgoingCall.Status(rawValue: row[2])
            else {
                throw SimulatorStoreError.corruptRow(table: "outgoingCall", key: row[0], column: "action or status")
            }
            views[PurchaseOrderID(rawValue: row[0]), default: []].append(
                OutgoingCallView(action: action, status: status, attempts: row[3], answer: row[4]))
        }
        return views
    }

    // MARK: - Writes

    /// Queues a call; a second one of the same action for the same purchase order changes nothing.
    static func enqueueCall(
        _ action: OutgoingCall.Action, of purchaseOrderID: PurchaseOrderID, body: some Encodable, in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO outgoingCall(purchaseOrderID, action, body) VALUES(?, ?, ?)
                ON CONFLICT(purchaseOrderID, action) DO NOTHING
                """,
            arguments: [purchaseOrderID.rawValue, action.rawValue, try encodeData(body)])
    }

    /// Records Dispatch's answer: `delivered`, or `refused` with its words. A call dropped meanwhile by a
    /// cancellation was made all the same, so its answer is recorded too.
    static func settleCall(_ id: Int64, as status: OutgoingCall.Status, answer: String?, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE outgoingCall SET status = ?, answer = ?, attempts = attempts + 1
                WHERE id = ? AND status IN ('pending', 'dropped')
                """,
            arguments: [status.rawValue, answer, id])
    }

    /// Records a transport failure and when to try again (wall clock).
    static func postponeCall(_ id: Int64, untilMs: Int64, error: String, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE outgoingCall SET attempts = attempts + 1, notBeforeMs = ?, answer = ?
                WHERE id = ? AND status = 'pending'
                """,
            arguments: [untilMs, error, id])
    }

    /// Drops the purchase order's pending calls: Dispatch cancelled it (R15).
    static func dropPendingCalls(of purchaseOrderID: PurchaseOrderID, in db: Database) throws {
        try db.execute(
            sql: "UPDATE outgoingCall SET status = 'dropped' WHERE purchaseOrderID = ? AND status = 'pending'",
            arguments: [purchaseOrderID.rawValue])
    }
}
