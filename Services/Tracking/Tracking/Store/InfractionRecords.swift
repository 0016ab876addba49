import Contracts
import Foundation
import GRDB

/// The `infraction` table: every `infraction.recorded` (R8, R10), one per order and kind. Every statement is
/// prepared once per connection and reads and binds its columns by name.
enum InfractionRecords {
    private static let columns =
        "infractionID, kind, merchantID, orderID, releasedAtMs, deadlineMs, penaltyMinorUnits, penaltyCurrency, atMs"

    // MARK: - Reads

    /// Every infraction, or one merchant's, oldest first.
    static func all(merchantID: MerchantID?, in db: Database) throws -> [InfractionRecorded] {
        let rows =
            if let merchantID {
                try Row.fetchAll(
                    db.cachedStatement(
                        sql: "SELECT \(columns) FROM infraction WHERE merchantID = :merchantID ORDER BY atMs, rowid"),
                    arguments: ["merchantID": merchantID.rawValue])
            } else {
                try Row.fetchAll(db.cachedStatement(sql: "SELECT \(columns) FROM infraction ORDER BY atMs, rowid"))
            }
        return try rows.map(infraction)
    }

    /// An order's infractions, oldest first.
    static func ofOrder(_ orderID: OrderID, in db: Database) throws -> [InfractionRecorded] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT \(columns) FROM infraction WHERE orderID = :orderID ORDER BY atMs, rowid"),
            arguments: ["orderID": orderID.rawValue]
        ).map(infraction)
    }

    // MARK: - Writes

    /// Records an infraction. Returns false, changing nothing, when its id was recorded before.
    static func insert(_ infraction: InfractionRecorded, in db: Database) throws -> Bool {
        try db.cachedStatement(
            sql: """
                INSERT INTO infraction(\(columns))
                VALUES(
                    :infractionID, :kind, :merchantID, :orderID, :releasedAtMs, :deadlineMs, :penaltyMinorUnits,
                    :penaltyCurrency, :atMs)
                ON CONFLICT(infractionID) DO NOTHING
                """
        ).execute(arguments: [
            "infractionID": infraction.infractionID, "kind": infraction.kind.rawValue,
            "merchantID": infraction.merchantID.rawValue, "orderID": infraction.orderID.rawValue,
            "releasedAtMs": DomainTime.milliseconds(infraction.releasedAt),
            "deadlineMs": DomainTime.milliseconds(infraction.deadline),
            "penaltyMinorUnits": infraction.penalty?.minorUnits, "penaltyCurrency": infraction.penalty?.currency.code,
            "atMs": DomainTime.milliseconds(infraction.at),
        ])
        return db.changesCount > 0
    }

    private static func infraction(_ row: Row) throws -> InfractionRecorded {
        let id: String = row["infractionID"]
        guard let kind = InfractionKind(rawValue: row["kind"]) else {
            throw TrackingStoreError.corruptRow(table: "infraction", key: id, column: "kind")
        }
        var penalty: Money?
        if let minorUnits: Int64 = row["penaltyMinorUnits"] {
            guard let currency = CurrencyCode(row["penaltyCurrency"] ?? "") else {
                throw TrackingStoreError.corruptRow(table: "infraction", key: id, column: "penaltyCurrency")
            }
            penalty = Money(minorUnits: minorUnits, currency: currency)
        }
        return InfractionRecorded(
            infractionID: id, kind: kind, merchantID: MerchantID(rawValue: row["merchantID"]),
            orderID: OrderID(rawValue: row["orderID"]), releasedAt: DomainTime.date(milliseconds: row["releasedAtMs"]),
            deadline: DomainTime.date(milliseconds: row["deadlineMs"]), penalty: penalty,
            at: DomainTime.date(milliseconds: row["atMs"]))
    }
}
