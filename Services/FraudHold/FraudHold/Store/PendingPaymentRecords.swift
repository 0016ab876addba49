import Contracts
import GRDB

/// The `pendingPayment` table: a `payment.authorised` or `payment.declined` that arrived before its
/// `order.placed`, settled and deleted when the order's facts arrive (R4). Every statement is prepared once per
/// connection and reads and binds its columns by name.
enum PendingPaymentRecords {
    /// The payment outcome waiting for the order's facts, if any.
    static func find(_ orderID: OrderID, in db: Database) throws -> PendingPayment? {
        try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT orderID, outcome, cardFingerprint, cardCountry, atMs FROM pendingPayment
                    WHERE orderID = :orderID
                    """),
            arguments: ["orderID": orderID.rawValue]
        ).map { try PendingPayment(row: $0) }
    }

    /// Keeps a payment outcome until its order's facts arrive; the first outcome for an order wins.
    static func insert(_ payment: PendingPayment, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO pendingPayment(orderID, outcome, cardFingerprint, cardCountry, atMs)
                VALUES(:orderID, :outcome, :cardFingerprint, :cardCountry, :atMs)
                ON CONFLICT(orderID) DO NOTHING
                """
        ).execute(arguments: [
            "orderID": payment.orderID.rawValue, "outcome": payment.outcome.rawValue,
            "cardFingerprint": payment.card.fingerprint, "cardCountry": payment.card.country?.code,
            "atMs": DomainTime.milliseconds(payment.at),
        ])
    }

    /// Forgets a settled pending payment.
    static func delete(_ orderID: OrderID, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM pendingPayment WHERE orderID = :orderID")
            .execute(arguments: ["orderID": orderID.rawValue])
    }
}
