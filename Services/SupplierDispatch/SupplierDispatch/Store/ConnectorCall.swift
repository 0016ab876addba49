import Contracts
import Foundation
import GRDB

/// A call to the supplier connector that a transaction decided and the sender has not completed yet: the
/// purchase order to send (`supplier.purchase_order`) or to withdraw (`supplier.cancel`). Calls of one order
/// are made one at a time, in the order they were decided.
struct ConnectorCall: Sendable, Equatable {
    /// What the call does.
    enum Kind: String, Sendable {
        case purchaseOrder = "purchase_order"
        case cancel
    }

    let id: Int64
    let orderID: OrderID
    let kind: Kind
    let purchaseOrderID: PurchaseOrderID
    /// The request body, JSON; empty when read by `next` (see `body(in:)`).
    let body: Data

    /// Records a call; deciding the same call again (a redelivered input) adds nothing.
    static func enqueue(
        _ kind: Kind, orderID: OrderID, purchaseOrderID: PurchaseOrderID, body: Data, in db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO connectorCall(orderID, kind, purchaseOrderID, body) VALUES(?, ?, ?, ?)
                ON CONFLICT(kind, purchaseOrderID) DO NOTHING
                """
        ).execute(arguments: [orderID.rawValue, kind.rawValue, purchaseOrderID.rawValue, body])
    }

    /// The first pending call of each order, oldest first, at most `limit`, skipping `busy` orders; bodies are
    /// left out (`body(in:)` reads one when its call is made). Reads the queue in order and stops as soon as it
    /// has `limit` calls, so its cost does not grow with the backlog.
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
                    id: row["id"], orderID: orderID, kind: Kind(rawValue: row["kind"]) ?? .cancel,
                    purchaseOrderID: PurchaseOrderID(rawValue: row["purchaseOrderID"]), body: Data()))
        }
        return calls
    }

    /// The call's request body.
    func body(in db: Database) throws -> Data {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT body FROM connectorCall WHERE id = ?"), arguments: [id])
            ?? Data()
    }

    /// The call is done; its result was applied in the same transaction.
    func complete(in db: Database) throws {
        try db.execute(sql: "DELETE FROM connectorCall WHERE id = ?", arguments: [id])
    }

    /// How many calls are pending.
    static func pendingCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM connectorCall") ?? 0
    }
}
