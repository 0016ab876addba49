import Contracts
import Foundation
import GRDB
import ServiceKit

/// Reads and writes orders: the `order` row (line, customer, shipping address, status, release conditions, all
/// in plain columns) and its `orderTimeline` rows, one per status change.
enum OrderRecords {
    /// The `order` columns, in the order `order(from:in:)` reads them: the address from position 10, the
    /// conditions from 20.
    private static let columns = """
        id, merchantID, listingID, sku, quantity, currency, unitPriceMinor, totalMinor, customerName, customerEmail, \
        \(Address.shippingColumns), placedAtMs, status, \(ReleaseConditions.columns)
        """
    private static let addressIndex = 10
    private static let conditionsIndex = 20

    // MARK: - Writes

    private static let insertSQL = """
        INSERT INTO "order"(\(columns))
        VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Stores a newly placed order and its timeline.
    static func insert(_ order: Order, in db: Database) throws {
        var values: [(any DatabaseValueConvertible)?] = [
            order.id.rawValue, order.merchantID.rawValue, order.listingID.rawValue, order.sku, order.quantity,
            order.total.currency.code, order.unitPrice.minorUnits, order.total.minorUnits, order.customerName,
            order.customerEmail,
        ]
        values += order.shippingAddress.shippingColumnValues
        values += [DomainTime.milliseconds(order.placedAt), order.status.rawValue]
        values += try order.conditions.columnValues()
        try db.cachedStatement(sql: insertSQL).execute(arguments: StatementArguments(values))
        try appendTimeline(of: order, stored: 0, in: db)
    }

    /// The update returns how many timeline entries were stored before it, so that only the new ones are
    /// inserted: the count runs inside the UPDATE, not as a statement of its own.
    private static let updateSQL = """
        UPDATE "order" SET status = ?, stockReserved = ?, paymentAuthorised = ?, holdUntilMs = ?, holdOver = ?,
            review = ?, reviewReasons = ?, reviewUpdatedAtMs = ?
        WHERE id = ?
        RETURNING (SELECT COUNT(*) FROM orderTimeline WHERE orderID = "order".id)
        """

    /// Stores an order's new status and conditions, and the timeline entries not stored yet.
    static func update(_ order: Order, in db: Database) throws {
        var values: [(any DatabaseValueConvertible)?] = [order.status.rawValue]
        values += try order.conditions.columnValues()
        values.append(order.id.rawValue)
        let stored = try Int.fetchOne(db.cachedStatement(sql: updateSQL), arguments: StatementArguments(values))
        try appendTimeline(of: order, stored: stored ?? 0, in: db)
    }

    /// Inserts the entries of `order.timeline` after the first `stored`, which the store already holds.
    private static func appendTimeline(of order: Order, stored: Int, in db: Database) throws {
        for (position, entry) in order.timeline.enumerated().dropFirst(stored) {
            try db.cachedStatement(
                sql: "INSERT INTO orderTimeline(orderID, position, atMs, status, cause) VALUES(?, ?, ?, ?, ?)"
            ).execute(arguments: [
                order.id.rawValue, position, DomainTime.milliseconds(entry.at), entry.status.rawValue,
                entry.cause.rawValue,
            ])
        }
    }

    // MARK: - Reads

    private static let findSQL = #"SELECT \#(columns) FROM "order" WHERE id = ?"#

    /// The order, or nil if there is none with this id.
    static func find(_ id: OrderID, in db: Database) throws -> Order? {
        // The row is read in place, not copied: the cursor must outlive it.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: findSQL), arguments: [id.rawValue])
        return try withExtendedLifetime(rows) {
            try rows.next().map { try order(from: $0, in: db) }
        }
    }

    /// The latest orders first, optionally of one merchant and in one status.
    static func list(merchantID: MerchantID?, status: OrderStatus?, limit: Int, in db: Database) throws -> [Order] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let merchantID {
            conditions.append("merchantID = ?")
            arguments += [merchantID.rawValue]
        }
        if let status {
            conditions.append("status = ?")
            arguments += [status.rawValue]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [limit]
        return try Row.fetchAll(
            db, sql: #"SELECT \#(columns) FROM "order" \#(filter) ORDER BY placedAtMs DESC, id DESC LIMIT ?"#,
            arguments: arguments
        ).map { try order(from: $0, in: db) }
    }

    /// The order in `row` (the `columns`), with its timeline.
    private static func order(from row: Row, in db: Database) throws -> Order {
        let id = OrderID(rawValue: row[0])
        let currencyCode: String = row[5]
        guard let currency = CurrencyCode(currencyCode) else { throw OrdersStoreError.unknownCurrency(currencyCode) }
        return Order(
            id: id, merchantID: MerchantID(rawValue: row[1]), listingID: ListingID(rawValue: row[2]), sku: row[3],
            quantity: row[4], unitPrice: Money(minorUnits: row[6], currency: currency),
            total: Money(minorUnits: row[7], currency: currency), customerName: row[8], customerEmail: row[9],
            shippingAddress: Address(row: row, at: addressIndex), placedAt: DomainTime.date(milliseconds: row[18]),
            status: try status(row[19]), conditions: try ReleaseConditions(row: row, at: conditionsIndex),
            timeline: try timeline(of: id, in: db))
    }

    private static func timeline(of id: OrderID, in db: Database) throws -> [TimelineEntry] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT atMs, status, cause FROM orderTimeline WHERE orderID = ? ORDER BY position"),
            arguments: [id.rawValue])
        var timeline: [TimelineEntry] = []
        while let row = try rows.next() {
            timeline.append(
                TimelineEntry(
                    at: DomainTime.date(milliseconds: row[0]), status: try status(row[1]), cause: try cause(row[2])))
        }
        return timeline
    }

    private static func status(_ name: String) throws -> OrderStatus {
        guard let status = OrderStatus(rawValue: name) else { throw OrdersStoreError.unknownStatus(name) }
        return status
    }

    private static func cause(_ name: String) throws -> TransitionCause {
        guard let cause = TransitionCause(rawValue: name) else { throw OrdersStoreError.unknownCause(name) }
        return cause
    }
}
