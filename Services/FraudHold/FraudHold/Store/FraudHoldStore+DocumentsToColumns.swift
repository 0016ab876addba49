import Contracts
import Foundation
import GRDB

/// `fraud-hold-v2`: the JSON documents of `fraud-hold-v1` become columns and rows, so that an event reads and
/// writes a few columns instead of decoding and re-encoding whole documents (a hot profile's 100 orders on
/// every order). A store created by v1 keeps every fact: each document is decoded with the Codable form that
/// wrote it and copied by this migration's own statements, which later schema changes must leave alone.
///
/// - `placedOrder.shippingAddress` (an `Address` document) becomes `shipping…` columns.
/// - `riskProfile` (a `RiskProfile` document per key) becomes `riskProfileOrder` and `riskProfileDecline`, one
///   row per remembered order or decline.
/// - `fraudHold.document` (a `FraudHold`) becomes columns; its reasons and review rounds stay JSON arrays,
///   NULL when empty.
extension FraudHoldStore {
    static func moveDocumentsToColumns(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE placedOrder RENAME TO placedOrderV1;
                ALTER TABLE fraudHold RENAME TO fraudHoldV1;
                DROP INDEX fraudHoldQueue;
                CREATE TABLE placedOrder(
                    orderID TEXT PRIMARY KEY NOT NULL, merchantID TEXT NOT NULL, email TEXT NOT NULL,
                    shippingName TEXT NOT NULL, shippingLine1 TEXT NOT NULL, shippingLine2 TEXT,
                    shippingCity TEXT NOT NULL, shippingRegion TEXT, shippingPostalCode TEXT,
                    shippingCountry TEXT NOT NULL, shippingPhone TEXT, amountMinorUnits INTEGER NOT NULL,
                    currency TEXT NOT NULL, placedAtMs INTEGER NOT NULL, closedAtMs INTEGER
                ) WITHOUT ROWID;
                CREATE TABLE riskProfileOrder(
                    kind TEXT NOT NULL, value TEXT NOT NULL, orderID TEXT NOT NULL,
                    amountMinorUnits INTEGER NOT NULL, currency TEXT NOT NULL, placedAtMs INTEGER NOT NULL,
                    PRIMARY KEY(kind, value, orderID)
                ) WITHOUT ROWID;
                CREATE TABLE riskProfileDecline(
                    kind TEXT NOT NULL, value TEXT NOT NULL, orderID TEXT NOT NULL, declinedAtMs INTEGER NOT NULL,
                    PRIMARY KEY(kind, value, orderID)
                ) WITHOUT ROWID;
                CREATE TABLE fraudHold(
                    orderID TEXT PRIMARY KEY NOT NULL REFERENCES placedOrder(orderID),
                    merchantID TEXT NOT NULL, status TEXT NOT NULL, placedAtMs INTEGER NOT NULL,
                    startedAtMs INTEGER NOT NULL, holdEndsMs INTEGER NOT NULL, reviewThreshold INTEGER NOT NULL,
                    reasons TEXT, endedAtMs INTEGER, endReleasesOrder INTEGER, endReviewPending INTEGER,
                    closedAtMs INTEGER, reviewOpenedAtMs INTEGER, reviews TEXT
                ) WITHOUT ROWID;
                CREATE INDEX fraudHoldQueue ON fraudHold(reviewOpenedAtMs, orderID)
                    WHERE reviewOpenedAtMs IS NOT NULL;
                """)
        try copyPlacedOrders(db)
        try copyRiskProfiles(db)
        try copyHolds(db)
        try db.execute(sql: "DROP TABLE placedOrderV1; DROP TABLE riskProfile; DROP TABLE fraudHoldV1;")
    }

    private static func copyPlacedOrders(_ db: Database) throws {
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO placedOrder(
                    orderID, merchantID, email, shippingName, shippingLine1, shippingLine2, shippingCity,
                    shippingRegion, shippingPostalCode, shippingCountry, shippingPhone, amountMinorUnits, currency,
                    placedAtMs, closedAtMs)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT orderID, merchantID, email, shippingAddress, amountMinorUnits, currency, placedAtMs, closedAtMs
                FROM placedOrderV1
                """)
        while let row = try rows.next() {
            let address = try StoredJSON.decode(Address.self, row["shippingAddress"])
            try insert.execute(arguments: [
                row["orderID"] as String, row["merchantID"] as String, row["email"] as String, address.name,
                address.line1, address.line2, address.city, address.region, address.postalCode, address.country,
                address.phone, row["amountMinorUnits"] as Int64, row["currency"] as String, row["placedAtMs"] as Int64,
                row["closedAtMs"] as Int64?,
            ])
        }
    }

    private static func copyRiskProfiles(_ db: Database) throws {
        let insertOrder = try db.makeStatement(
            sql: """
                INSERT INTO riskProfileOrder(kind, value, orderID, amountMinorUnits, currency, placedAtMs)
                VALUES(?, ?, ?, ?, ?, ?)
                """)
        let insertDecline = try db.makeStatement(
            sql: "INSERT INTO riskProfileDecline(kind, value, orderID, declinedAtMs) VALUES(?, ?, ?, ?)")
        let documents = try String.fetchCursor(db, sql: "SELECT document FROM riskProfile")
        while let document = try documents.next() {
            let profile = try StoredJSON.decode(RiskProfile.self, document)
            let (kind, value) = (profile.key.kind.rawValue, profile.key.value)
            for order in profile.orders {
                try insertOrder.execute(arguments: [
                    kind, value, order.orderID.rawValue, order.amount.minorUnits, order.amount.currency.code,
                    DomainTime.milliseconds(order.placedAt),
                ])
            }
            for decline in profile.declines {
                try insertDecline.execute(arguments: [
                    kind, value, decline.orderID.rawValue, DomainTime.milliseconds(decline.declinedAt),
                ])
            }
        }
    }

    private static func copyHolds(_ db: Database) throws {
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO fraudHold(
                    orderID, merchantID, status, placedAtMs, startedAtMs, holdEndsMs, reviewThreshold, reasons,
                    endedAtMs, endReleasesOrder, endReviewPending, closedAtMs, reviewOpenedAtMs, reviews)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let rows = try Row.fetchCursor(db, sql: "SELECT reviewOpenedAtMs, document FROM fraudHoldV1")
        while let row = try rows.next() {
            let hold = try StoredJSON.decode(FraudHold.self, row["document"])
            let reasons = hold.assessment.reasons
            try insert.execute(arguments: [
                hold.orderID.rawValue, hold.merchantID.rawValue, hold.status.rawValue,
                DomainTime.milliseconds(hold.placedAt),
                DomainTime.milliseconds(hold.startedAt), DomainTime.milliseconds(hold.holdEnds),
                hold.assessment.reviewThreshold,
                reasons.isEmpty ? nil : try StoredJSON.encode(reasons),
                hold.ended.map { DomainTime.milliseconds($0.endedAt) },
                hold.ended?.releasesOrder, hold.ended?.reviewPending, hold.closedAt.map(DomainTime.milliseconds),
                row["reviewOpenedAtMs"] as Int64?, hold.reviews.isEmpty ? nil : try StoredJSON.encode(hold.reviews),
            ])
        }
    }
}
