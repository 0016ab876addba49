import Contracts
import Foundation
import GRDB

/// Reads and writes orders: the `order` row (line, customer, status, release conditions) and its
/// `orderTimeline` rows, one per status change.
enum OrderRecords {
    // MARK: - Writes

    /// Stores a newly placed order and its timeline.
    static func insert(_ order: Order, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO "order"(id, merchantID, listingID, sku, quantity, currency, unitPriceMinor, totalMinor,
                    customerName, customerEmail, shippingAddress, placedAtMs, status, conditions)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            order.id.rawValue, order.merchantID.rawValue, order.listingID.rawValue, order.sku, order.quantity,
            order.total.currency.code, order.unitPrice.minorUnits, order.total.minorUnits, order.customerName,
            order.customerEmail, try StoreCoding.json(order.shippingAddress),
            StoreCoding.milliseconds(order.placedAt), order.status.rawValue, try StoreCoding.json(order.conditions),
        ])
        try appendTimeline(of: order, in: db)
    }

    /// Stores an order's new status and conditions, and the timeline entries not stored yet.
    static func update(_ order: Order, in db: Database) throws {
        try db.cachedStatement(sql: #"UPDATE "order" SET status = ?, conditions = ? WHERE id = ?"#).execute(arguments: [
            order.status.rawValue, try StoreCoding.json(order.conditions), order.id.rawValue,
        ])
        try appendTimeline(of: order, in: db)
    }

    private static func appendTimeline(of order: Order, in db: Database) throws {
        let stored =
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COUNT(*) FROM orderTimeline WHERE orderID = ?"),
                arguments: [order.id.rawValue]) ?? 0
        for (position, entry) in order.timeline.enumerated().dropFirst(stored) {
            try db.cachedStatement(
                sql: "INSERT INTO orderTimeline(orderID, position, atMs, status, cause) VALUES(?, ?, ?, ?, ?)"
            ).execute(arguments: [
                order.id.rawValue, position, StoreCoding.milliseconds(entry.at), entry.status.rawValue,
                entry.cause.rawValue,
            ])
        }
    }

    // MARK: - Reads

    /// The order, or nil if there is none with this id.
    static func find(_ id: OrderID, in db: Database) throws -> Order? {
        try Row.fetchOne(db.cachedStatement(sql: #"SELECT * FROM "order" WHERE id = ?"#), arguments: [id.rawValue])
            .map { try order(from: $0, in: db) }
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
            db, sql: #"SELECT * FROM "order" \#(filter) ORDER BY placedAtMs DESC, id DESC LIMIT ?"#,
            arguments: arguments
        ).map { try order(from: $0, in: db) }
    }

    private static func order(from row: Row, in db: Database) throws -> Order {
        let id = OrderID(rawValue: row["id"])
        let currencyCode: String = row["currency"]
        guard let currency = CurrencyCode(currencyCode) else { throw OrdersStoreError.unknownCurrency(currencyCode) }
        let timeline = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT atMs, status, cause FROM orderTimeline WHERE orderID = ? ORDER BY position"),
            arguments: [id.rawValue]
        ).map { entry in
            TimelineEntry(
                at: StoreCoding.date(milliseconds: entry["atMs"]), status: try status(entry["status"]),
                cause: try cause(entry["cause"]))
        }
        return Order(
            id: id, merchantID: MerchantID(rawValue: row["merchantID"]),
            listingID: ListingID(rawValue: row["listingID"]), sku: row["sku"], quantity: row["quantity"],
            unitPrice: Money(minorUnits: row["unitPriceMinor"], currency: currency),
            total: Money(minorUnits: row["totalMinor"], currency: currency), customerName: row["customerName"],
            customerEmail: row["customerEmail"],
            shippingAddress: try StoreCoding.decode(Address.self, json: row["shippingAddress"]),
            placedAt: StoreCoding.date(milliseconds: row["placedAtMs"]), status: try status(row["status"]),
            conditions: try StoreCoding.decode(ReleaseConditions.self, json: row["conditions"]), timeline: timeline)
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

/// A stored value this version of the service cannot read back (a newer or damaged store).
enum OrdersStoreError: Error, Equatable, CustomStringConvertible {
    case unknownCurrency(String)
    case unknownStatus(String)
    case unknownCause(String)

    var description: String {
        switch self {
        case .unknownCurrency(let code): "The store holds the unknown currency \(code)."
        case .unknownStatus(let name): "The store holds the unknown order status \(name)."
        case .unknownCause(let name): "The store holds the unknown transition cause \(name)."
        }
    }
}
