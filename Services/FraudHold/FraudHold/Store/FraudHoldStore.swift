import Contracts
import Foundation
import GRDB
import ServiceKit

/// Owns `fraud-hold.sqlite`'s own tables (ARCHITECTURE §2); every read and write runs in the caller's
/// transaction, next to the outbox rows and the stream checkpoint. Per-event statements are prepared once per
/// connection (`cachedStatement`), and an order's path through the service encodes no JSON unless its
/// assessment has reasons or its hold has reviews.
///
/// - `placedOrder`: the facts of each `order.placed` the rules need (merchant, email, shipping address in
///   columns, amount, placement time) and when the order was cancelled or declined.
/// - `pendingPayment`: a `payment.authorised` or `payment.declined` that arrived before its `order.placed`;
///   settled and deleted when the order's facts arrive.
/// - `riskProfileOrder`, `riskProfileDecline`: each customer's, card's or address's `RiskProfile`, one row per
///   remembered order or decline, keyed by profile (`kind`, `value`) and order (`FraudHoldStore+Profiles`).
/// - `fraudHold`: one `FraudHold` per authorised order in columns; its assessment's reasons and its review
///   rounds as JSON, NULL when there are none (`FraudHoldStore+Holds`). The opened-at of its open review is
///   the review queue's index.
///
/// Times are integer milliseconds since 1970, like the timer table; money is integer minor units.
public enum FraudHoldStore {
    /// Registers the versioned migrations (the stream, clock and timer tables come from `StoreSetup`): v1's
    /// tables, then v2's move of their JSON documents into columns and rows (`FraudHoldStore+DocumentsToColumns`).
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("fraud-hold-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE placedOrder(
                        orderID TEXT PRIMARY KEY NOT NULL, merchantID TEXT NOT NULL, email TEXT NOT NULL,
                        shippingAddress TEXT NOT NULL, amountMinorUnits INTEGER NOT NULL, currency TEXT NOT NULL,
                        placedAtMs INTEGER NOT NULL, closedAtMs INTEGER);
                    CREATE TABLE pendingPayment(
                        orderID TEXT PRIMARY KEY NOT NULL,
                        outcome TEXT NOT NULL CHECK (outcome IN ('authorised', 'declined')),
                        cardFingerprint TEXT NOT NULL, cardCountry TEXT, atMs INTEGER NOT NULL);
                    CREATE TABLE riskProfile(
                        kind TEXT NOT NULL, value TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY(kind, value));
                    CREATE TABLE fraudHold(
                        orderID TEXT PRIMARY KEY NOT NULL REFERENCES placedOrder(orderID),
                        merchantID TEXT NOT NULL, status TEXT NOT NULL, holdEndsMs INTEGER NOT NULL,
                        reviewOpenedAtMs INTEGER, document TEXT NOT NULL);
                    CREATE INDEX fraudHoldQueue ON fraudHold(reviewOpenedAtMs, orderID)
                        WHERE reviewOpenedAtMs IS NOT NULL;
                    """)
        }
        migrator.registerMigration("fraud-hold-v2", migrate: moveDocumentsToColumns)
    }

    // MARK: - Reads

    /// The order's placement facts, if `order.placed` was applied.
    static func placedOrder(_ orderID: OrderID, in db: Database) throws -> PlacedOrder? {
        try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT orderID, merchantID, email, \(Address.shippingColumns), amountMinorUnits, currency,
                        placedAtMs, closedAtMs
                    FROM placedOrder WHERE orderID = ?
                    """),
            arguments: [orderID.rawValue]
        ).map { try PlacedOrder(row: $0) }
    }

    /// The payment outcome waiting for the order's facts, if any.
    static func pendingPayment(_ orderID: OrderID, in db: Database) throws -> PendingPayment? {
        try Row.fetchOne(
            db.cachedStatement(
                sql: "SELECT orderID, outcome, cardFingerprint, cardCountry, atMs FROM pendingPayment WHERE orderID = ?"
            ),
            arguments: [orderID.rawValue]
        ).map { try PendingPayment(row: $0) }
    }

    // MARK: - Writes

    /// Stores an order's placement facts. Returns false, changing nothing, when the order was already known.
    static func insert(_ order: PlacedOrder, in db: Database) throws -> Bool {
        var values: [(any DatabaseValueConvertible)?] = [
            order.orderID.rawValue, order.merchantID.rawValue, order.email,
        ]
        values += order.shippingAddress.shippingColumnValues
        values += [
            order.amount.minorUnits, order.amount.currency.code, DomainTime.milliseconds(order.placedAt),
            order.closedAt.map(DomainTime.milliseconds),
        ]
        try db.cachedStatement(
            sql: """
                INSERT INTO placedOrder(
                    orderID, merchantID, email, \(Address.shippingColumns), amountMinorUnits, currency, placedAtMs,
                    closedAtMs)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(orderID) DO NOTHING
                """
        ).execute(arguments: StatementArguments(values))
        return db.changesCount > 0
    }

    /// Marks the order cancelled or declined at `time`, unless it already was.
    static func closeOrder(_ orderID: OrderID, at time: Date, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE placedOrder SET closedAtMs = ? WHERE orderID = ? AND closedAtMs IS NULL")
            .execute(arguments: [DomainTime.milliseconds(time), orderID.rawValue])
    }

    /// Keeps a payment outcome until its order's facts arrive; the first outcome for an order wins.
    static func insert(_ payment: PendingPayment, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO pendingPayment(orderID, outcome, cardFingerprint, cardCountry, atMs) VALUES(?, ?, ?, ?, ?)
                ON CONFLICT(orderID) DO NOTHING
                """
        ).execute(arguments: [
            payment.orderID.rawValue, payment.outcome.rawValue, payment.card.fingerprint, payment.card.country?.code,
            DomainTime.milliseconds(payment.at),
        ])
    }

    /// Forgets a settled pending payment.
    static func deletePendingPayment(_ orderID: OrderID, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM pendingPayment WHERE orderID = ?").execute(arguments: [
            orderID.rawValue
        ])
    }

    // MARK: - Encoding

    private static let encoder = DomainTime.makeEncoder()
    private static let decoder = DomainTime.makeDecoder()

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try decoder.decode(type, from: Data(text.utf8))
    }
}
