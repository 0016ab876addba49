import Contracts
import Foundation
import GRDB

/// The `trackedOrder` table: each released order's merchant, destination, value and release time, and when it
/// ended (R8, R10). Every statement is prepared once per connection and reads and binds its columns by name.
enum TrackedOrderRecords {
    private static let columns =
        "orderID, merchantID, destination, orderValueMinorUnits, orderValueCurrency, releasedAtMs, endedAtMs"

    // MARK: - Reads

    /// The released order, if `order.released` was applied.
    static func find(_ orderID: OrderID, in db: Database) throws -> TrackedOrder? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(columns) FROM trackedOrder WHERE orderID = :orderID"),
            arguments: ["orderID": orderID.rawValue]
        ).map(order)
    }

    // MARK: - Writes

    /// Stores a released order. Returns false, changing nothing, when it was already known.
    static func insert(_ order: TrackedOrder, in db: Database) throws -> Bool {
        try db.cachedStatement(
            sql: """
                INSERT INTO trackedOrder(\(columns))
                VALUES(
                    :orderID, :merchantID, :destination, :orderValueMinorUnits, :orderValueCurrency, :releasedAtMs,
                    :endedAtMs)
                ON CONFLICT(orderID) DO NOTHING
                """
        ).execute(arguments: [
            "orderID": order.orderID.rawValue, "merchantID": order.merchantID.rawValue,
            "destination": order.destination.code, "orderValueMinorUnits": order.orderValue?.minorUnits,
            "orderValueCurrency": order.orderValue?.currency.code,
            "releasedAtMs": DomainTime.milliseconds(order.releasedAt),
            "endedAtMs": order.endedAt.map(DomainTime.milliseconds),
        ])
        return db.changesCount > 0
    }

    /// Marks the order refunded or cancelled at `time`, unless it already was.
    static func end(_ orderID: OrderID, at time: Date, in db: Database) throws {
        try db.cachedStatement(
            sql: "UPDATE trackedOrder SET endedAtMs = :endedAtMs WHERE orderID = :orderID AND endedAtMs IS NULL"
        ).execute(arguments: ["endedAtMs": DomainTime.milliseconds(time), "orderID": orderID.rawValue])
    }

    private static func order(_ row: Row) throws -> TrackedOrder {
        let orderID: String = row["orderID"]
        guard let destination = CountryCode(row["destination"]) else {
            throw TrackingStoreError.corruptRow(table: "trackedOrder", key: orderID, column: "destination")
        }
        var value: Money?
        if let minorUnits: Int64 = row["orderValueMinorUnits"] {
            guard let currency = CurrencyCode(row["orderValueCurrency"] ?? "") else {
                throw TrackingStoreError.corruptRow(table: "trackedOrder", key: orderID, column: "orderValueCurrency")
            }
            value = Money(minorUnits: minorUnits, currency: currency)
        }
        return TrackedOrder(
            orderID: OrderID(rawValue: orderID), merchantID: MerchantID(rawValue: row["merchantID"]),
            destination: destination, orderValue: value, releasedAt: DomainTime.date(milliseconds: row["releasedAtMs"]),
            endedAt: (row["endedAtMs"] as Int64?).map(DomainTime.date(milliseconds:)))
    }
}
