import Contracts
import Foundation
import GRDB

/// The `fraudHold` table: each authorised order's `FraudHold`, with the columns the review queue and
/// `fraud.show` look up by.
extension FraudHoldStore {
    // MARK: - Reads

    /// The order's hold, if its payment was authorised and its facts known.
    static func hold(_ orderID: OrderID, in db: Database) throws -> FraudHold? {
        try String.fetchOne(db, sql: "SELECT document FROM fraudHold WHERE orderID = ?", arguments: [orderID.rawValue])
            .map { try decode(FraudHold.self, $0) }
    }

    /// Holds under review, of one merchant or of all, in no particular order (`ReviewQueue` sorts them).
    static func holdsUnderReview(merchantID: MerchantID?, in db: Database) throws -> [FraudHold] {
        try String.fetchAll(
            db,
            sql: """
                SELECT document FROM fraudHold
                WHERE reviewOpenedAtMs IS NOT NULL AND (?1 IS NULL OR merchantID = ?1)
                """,
            arguments: [merchantID?.rawValue]
        ).map { try decode(FraudHold.self, $0) }
    }

    /// Whether `order.placed` for the order was applied.
    static func isKnown(_ orderID: OrderID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM placedOrder WHERE orderID = ?)", arguments: [orderID.rawValue])
            ?? false
    }

    // MARK: - Writes

    /// Inserts or replaces the hold, keeping its status and open review's opened-at in their columns.
    static func save(_ hold: FraudHold, in db: Database) throws {
        let openedAt = hold.status == .underReview ? hold.reviews.last.map { milliseconds($0.openedAt) } : nil
        try db.execute(
            sql: """
                INSERT INTO fraudHold(orderID, merchantID, status, holdEndsMs, reviewOpenedAtMs, document)
                VALUES(?, ?, ?, ?, ?, ?)
                ON CONFLICT(orderID) DO UPDATE SET status = excluded.status,
                    reviewOpenedAtMs = excluded.reviewOpenedAtMs, document = excluded.document
                """,
            arguments: [
                hold.orderID.rawValue, hold.merchantID.rawValue, hold.status.rawValue, milliseconds(hold.holdEnds),
                openedAt, try encode(hold),
            ])
    }
}
