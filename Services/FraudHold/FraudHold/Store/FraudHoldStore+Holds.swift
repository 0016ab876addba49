import Contracts
import Foundation
import GRDB

/// The `fraudHold` table: each authorised order's `FraudHold` in columns, with the status and the open
/// review's opened-at that the review queue and `fraud.show` look up by. The assessment's reasons and the
/// review rounds are JSON, NULL when there are none, so that a hold without them reads and writes no JSON.
extension FraudHoldStore {
    /// The columns `FraudHold(row:)` reads, in its order.
    static let holdColumns = """
        orderID, merchantID, placedAtMs, startedAtMs, holdEndsMs, reviewThreshold, reasons, endedAtMs,
        endReleasesOrder, endReviewPending, closedAtMs, reviews
        """

    // MARK: - Reads

    /// The order's hold, if its payment was authorised and its facts known.
    static func hold(_ orderID: OrderID, in db: Database) throws -> FraudHold? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(holdColumns) FROM fraudHold WHERE orderID = ?"),
            arguments: [orderID.rawValue]
        ).map { try FraudHold(row: $0) }
    }

    /// Whether the order's hold was started.
    static func hasHold(_ orderID: OrderID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM fraudHold WHERE orderID = ?)"),
            arguments: [orderID.rawValue]) ?? false
    }

    /// Holds under review, of one merchant or of all, in no particular order (`ReviewQueue` sorts them).
    static func holdsUnderReview(merchantID: MerchantID?, in db: Database) throws -> [FraudHold] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT \(holdColumns) FROM fraudHold
                    WHERE reviewOpenedAtMs IS NOT NULL AND (?1 IS NULL OR merchantID = ?1)
                    """),
            arguments: [merchantID?.rawValue]
        ).map { try FraudHold(row: $0) }
    }

    /// Whether `order.placed` for the order was applied.
    static func isKnown(_ orderID: OrderID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM placedOrder WHERE orderID = ?)"),
            arguments: [orderID.rawValue]) ?? false
    }

    // MARK: - Writes

    /// Stores a hold just started.
    static func insert(_ hold: FraudHold, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO fraudHold(
                    orderID, merchantID, status, placedAtMs, startedAtMs, holdEndsMs, reviewThreshold, reasons,
                    endedAtMs, endReleasesOrder, endReviewPending, closedAtMs, reviewOpenedAtMs, reviews)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            hold.orderID.rawValue, hold.merchantID.rawValue, hold.status.rawValue,
            DomainTime.milliseconds(hold.placedAt),
            DomainTime.milliseconds(hold.startedAt), DomainTime.milliseconds(hold.holdEnds),
            hold.assessment.reviewThreshold,
            try json(hold.assessment.reasons), hold.ended.map { DomainTime.milliseconds($0.endedAt) },
            hold.ended?.releasesOrder,
            hold.ended?.reviewPending, hold.closedAt.map(DomainTime.milliseconds), reviewOpenedAt(hold),
            try json(hold.reviews),
        ])
    }

    /// Stores what an input changed in a hold read back as `stored`: its status, end, closure and open review,
    /// and its review rounds when they changed (the assessment never does).
    static func update(_ hold: FraudHold, from stored: FraudHold, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE fraudHold SET status = ?, endedAtMs = ?, endReleasesOrder = ?, endReviewPending = ?,
                    closedAtMs = ?, reviewOpenedAtMs = ?
                WHERE orderID = ?
                """
        ).execute(arguments: [
            hold.status.rawValue, hold.ended.map { DomainTime.milliseconds($0.endedAt) }, hold.ended?.releasesOrder,
            hold.ended?.reviewPending, hold.closedAt.map(DomainTime.milliseconds), reviewOpenedAt(hold),
            hold.orderID.rawValue,
        ])
        guard hold.reviews != stored.reviews else { return }
        try db.cachedStatement(sql: "UPDATE fraudHold SET reviews = ? WHERE orderID = ?").execute(arguments: [
            try json(hold.reviews), hold.orderID.rawValue,
        ])
    }

    /// When the hold's open review was opened: the review queue's index; nil when none is open.
    private static func reviewOpenedAt(_ hold: FraudHold) -> Int64? {
        hold.status == .underReview ? hold.reviews.last.map { DomainTime.milliseconds($0.openedAt) } : nil
    }

    /// `values` as a JSON array, or nil (NULL) when there are none.
    private static func json(_ values: [some Encodable]) throws -> String? {
        values.isEmpty ? nil : try encode(values)
    }
}
