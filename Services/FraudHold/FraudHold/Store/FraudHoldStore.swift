import Contracts
import Foundation
import GRDB

/// Owns `fraud-hold.sqlite`'s own tables (ARCHITECTURE §2); every read and write runs in the caller's
/// transaction, next to the outbox rows and the stream checkpoint.
///
/// - `placedOrder`: the facts of each `order.placed` the rules need (merchant, email, address, amount,
///   placement time) and when the order was cancelled or declined.
/// - `pendingPayment`: a `payment.authorised` or `payment.declined` that arrived before its `order.placed`;
///   settled and deleted when the order's facts arrive.
/// - `riskProfile`: one `RiskProfile` per customer, card or address (JSON document).
/// - `fraudHold`: one `FraudHold` per authorised order (JSON document) with its status, hold end and the
///   opened-at of its open review (the review queue's index).
///
/// Times are integer milliseconds since 1970, like the timer table; money is integer minor units.
public enum FraudHoldStore {
    /// Registers the versioned migrations (the stream, clock and timer tables come from `StoreSetup`).
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
    }

    // MARK: - Reads

    /// The order's placement facts, if `order.placed` was applied.
    static func placedOrder(_ orderID: OrderID, in db: Database) throws -> PlacedOrder? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT orderID, merchantID, email, shippingAddress, amountMinorUnits, currency, placedAtMs, closedAtMs
                FROM placedOrder WHERE orderID = ?
                """,
            arguments: [orderID.rawValue]
        ).map { try PlacedOrder(row: $0) }
    }

    /// The payment outcome waiting for the order's facts, if any.
    static func pendingPayment(_ orderID: OrderID, in db: Database) throws -> PendingPayment? {
        try Row.fetchOne(
            db,
            sql: "SELECT orderID, outcome, cardFingerprint, cardCountry, atMs FROM pendingPayment WHERE orderID = ?",
            arguments: [orderID.rawValue]
        ).map { try PendingPayment(row: $0) }
    }

    /// The stored profiles among `keys`; a key never seen has none.
    static func profiles(_ keys: [RiskProfileKey], in db: Database) throws -> [RiskProfile] {
        try keys.compactMap { key in
            try String.fetchOne(
                db, sql: "SELECT document FROM riskProfile WHERE kind = ? AND value = ?",
                arguments: [key.kind.rawValue, key.value]
            ).map { try decode(RiskProfile.self, $0) }
        }
    }

    // MARK: - Writes

    /// Stores an order's placement facts; a second call for the same order changes nothing.
    static func insert(_ order: PlacedOrder, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO placedOrder(
                    orderID, merchantID, email, shippingAddress, amountMinorUnits, currency, placedAtMs, closedAtMs)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(orderID) DO NOTHING
                """,
            arguments: [
                order.orderID.rawValue, order.merchantID.rawValue, order.email, try encode(order.shippingAddress),
                order.amount.minorUnits, order.amount.currency.code, milliseconds(order.placedAt),
                order.closedAt.map(milliseconds),
            ])
    }

    /// Marks the order cancelled or declined at `time`, unless it already was.
    static func closeOrder(_ orderID: OrderID, at time: Date, in db: Database) throws {
        try db.execute(
            sql: "UPDATE placedOrder SET closedAtMs = ? WHERE orderID = ? AND closedAtMs IS NULL",
            arguments: [milliseconds(time), orderID.rawValue])
    }

    /// Keeps a payment outcome until its order's facts arrive; the first outcome for an order wins.
    static func insert(_ payment: PendingPayment, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO pendingPayment(orderID, outcome, cardFingerprint, cardCountry, atMs) VALUES(?, ?, ?, ?, ?)
                ON CONFLICT(orderID) DO NOTHING
                """,
            arguments: [
                payment.orderID.rawValue, payment.outcome.rawValue, payment.card.fingerprint,
                payment.card.country?.code, milliseconds(payment.at),
            ])
    }

    /// Forgets a settled pending payment.
    static func deletePendingPayment(_ orderID: OrderID, in db: Database) throws {
        try db.execute(sql: "DELETE FROM pendingPayment WHERE orderID = ?", arguments: [orderID.rawValue])
    }

    /// Inserts or replaces a profile.
    static func save(_ profile: RiskProfile, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO riskProfile(kind, value, document) VALUES(?, ?, ?)
                ON CONFLICT(kind, value) DO UPDATE SET document = excluded.document
                """,
            arguments: [profile.key.kind.rawValue, profile.key.value, try encode(profile)])
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

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
