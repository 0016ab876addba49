import Contracts
import Foundation
import GRDB

/// The `fraudHold` table: each authorised order's `FraudHold` in columns, with the status and the open review's
/// opened-at that the review queue and `fraud.show` look up by. The assessment's reasons and the review rounds are
/// JSON, NULL when there are none, so that a hold without them reads and writes no JSON. Every statement is
/// prepared once per connection and reads and binds its columns by name.
enum HoldRecords {
    /// The columns `FraudHold(row:)` reads.
    private static let columns = """
        orderID, merchantID, placedAtMs, startedAtMs, holdEndsMs, reviewThreshold, reasons, endedAtMs,
        endReleasesOrder, endReviewPending, closedAtMs, reviews
        """

    // MARK: - Reads

    /// The order's hold, if its payment was authorised and its facts known.
    static func find(_ orderID: OrderID, in db: Database) throws -> FraudHold? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(columns) FROM fraudHold WHERE orderID = :orderID"),
            arguments: ["orderID": orderID.rawValue]
        ).map { try FraudHold(row: $0) }
    }

    /// Whether the order's hold was started.
    static func exists(_ orderID: OrderID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM fraudHold WHERE orderID = :orderID)"),
            arguments: ["orderID": orderID.rawValue]) ?? false
    }

    /// Holds under review, of one merchant or of all, in no particular order (`ReviewQueue` sorts them).
    static func underReview(merchantID: MerchantID?, in db: Database) throws -> [FraudHold] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT \(columns) FROM fraudHold
                    WHERE reviewOpenedAtMs IS NOT NULL AND (:merchantID IS NULL OR merchantID = :merchantID)
                    """),
            arguments: ["merchantID": merchantID?.rawValue]
        ).map { try FraudHold(row: $0) }
    }

    // MARK: - Writes

    /// Stores a hold just started.
    static func insert(_ hold: FraudHold, in db: Database) throws {
        var arguments = changingArguments(hold)
        arguments += [
            "merchantID": hold.merchantID.rawValue, "placedAtMs": DomainTime.milliseconds(hold.placedAt),
            "startedAtMs": DomainTime.milliseconds(hold.startedAt),
            "holdEndsMs": DomainTime.milliseconds(hold.holdEnds),
            "reviewThreshold": hold.assessment.reviewThreshold, "reasons": try json(hold.assessment.reasons),
            "reviews": try json(hold.reviews),
        ]
        try db.cachedStatement(
            sql: """
                INSERT INTO fraudHold(
                    orderID, merchantID, status, placedAtMs, startedAtMs, holdEndsMs, reviewThreshold, reasons,
                    endedAtMs, endReleasesOrder, endReviewPending, closedAtMs, reviewOpenedAtMs, reviews)
                VALUES(
                    :orderID, :merchantID, :status, :placedAtMs, :startedAtMs, :holdEndsMs, :reviewThreshold, :reasons,
                    :endedAtMs, :endReleasesOrder, :endReviewPending, :closedAtMs, :reviewOpenedAtMs, :reviews)
                """
        ).execute(arguments: arguments)
    }

    /// Stores what an input changed in a hold read back as `stored`: its status, end, closure and open review,
    /// and its review rounds when they changed (the assessment never does).
    static func update(_ hold: FraudHold, from stored: FraudHold, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE fraudHold SET status = :status, endedAtMs = :endedAtMs, endReleasesOrder = :endReleasesOrder,
                    endReviewPending = :endReviewPending, closedAtMs = :closedAtMs,
                    reviewOpenedAtMs = :reviewOpenedAtMs
                WHERE orderID = :orderID
                """
        ).execute(arguments: changingArguments(hold))
        guard hold.reviews != stored.reviews else { return }
        try db.cachedStatement(sql: "UPDATE fraudHold SET reviews = :reviews WHERE orderID = :orderID")
            .execute(arguments: ["reviews": try json(hold.reviews), "orderID": hold.orderID.rawValue])
    }

    /// The order id and the columns an input may change but the review rounds, by name.
    private static func changingArguments(_ hold: FraudHold) -> StatementArguments {
        [
            "orderID": hold.orderID.rawValue, "status": hold.status.rawValue,
            "endedAtMs": hold.ended.map { DomainTime.milliseconds($0.endedAt) },
            "endReleasesOrder": hold.ended?.releasesOrder, "endReviewPending": hold.ended?.reviewPending,
            "closedAtMs": hold.closedAt.map(DomainTime.milliseconds),
            "reviewOpenedAtMs": reviewOpenedAt(hold),
        ]
    }

    /// When the hold's open review was opened: the review queue's index; nil when none is open.
    private static func reviewOpenedAt(_ hold: FraudHold) -> Int64? {
        hold.status == .underReview ? hold.reviews.last.map { DomainTime.milliseconds($0.openedAt) } : nil
    }

    /// `values` as a JSON array, or nil (NULL) when there are none.
    private static func json(_ values: [some Encodable]) throws -> String? {
        values.isEmpty ? nil : try StoredJSON.encode(values)
    }
}

extension FraudHold {
    /// A `fraudHold` row, as `HoldRecords` selects it.
    init(row: Row) throws {
        let orderID = OrderID(rawValue: row["orderID"])
        let merchantID = MerchantID(rawValue: row["merchantID"])
        let reasons = try (row["reasons"] as String?).map { try StoredJSON.decode([RiskReason].self, $0) } ?? []
        let ended = (row["endedAtMs"] as Int64?).map { endedAt in
            FraudHoldEnded(
                orderID: orderID, merchantID: merchantID, endedAt: DomainTime.date(milliseconds: endedAt),
                releasesOrder: row["endReleasesOrder"], reviewPending: row["endReviewPending"])
        }
        self.init(
            orderID: orderID, merchantID: merchantID, placedAt: DomainTime.date(milliseconds: row["placedAtMs"]),
            startedAt: DomainTime.date(milliseconds: row["startedAtMs"]),
            holdEnds: DomainTime.date(milliseconds: row["holdEndsMs"]),
            assessment: RiskAssessment(orderID: orderID, reasons: reasons, reviewThreshold: row["reviewThreshold"]),
            ended: ended,
            reviews: try (row["reviews"] as String?).map { try StoredJSON.decode([ReviewCase].self, $0) } ?? [],
            closedAt: (row["closedAtMs"] as Int64?).map(DomainTime.date(milliseconds:)))
    }
}
