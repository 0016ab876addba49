import Contracts
import Foundation
import GRDB
import ServiceKit

/// Reads and writes orders: the `order` row (line, customer, shipping address, status, release conditions and
/// dispatch exhaustion, all in plain columns) and its `orderTimeline` rows, one per status change or note. Every column
/// is read and bound by name.
enum OrderRecords {
    /// The `order` columns, each bound as the argument of its own name.
    private static let columns = [
        "id", "merchantID", "listingID", "sku", "quantity", "currency", "unitPriceMinor", "totalMinor",
        "customerName", "customerEmail", "shippingName", "shippingLine1", "shippingLine2", "shippingCity",
        "shippingRegion", "shippingPostalCode", "shippingCountry", "shippingPhone", "placedAtMs", "status",
        "stockReserved", "paymentAuthorised", "holdUntilMs", "holdOver", "review", "reviewReasons",
        "reviewUpdatedAtMs", "exhaustedAttempts",
    ]
    private static let columnList = columns.joined(separator: ", ")

    // MARK: - Writes

    private static let insertSQL = """
        INSERT INTO "order"(\(columnList)) VALUES(\(columns.map { ":" + $0 }.joined(separator: ", ")))
        """

    /// Stores a newly placed order and its timeline.
    static func insert(_ order: Order, in db: Database) throws {
        var arguments: StatementArguments = [
            "id": order.id.rawValue, "merchantID": order.merchantID.rawValue, "listingID": order.listingID.rawValue,
            "sku": order.sku, "quantity": order.quantity, "currency": order.total.currency.code,
            "unitPriceMinor": order.unitPrice.minorUnits, "totalMinor": order.total.minorUnits,
            "customerName": order.customerName, "customerEmail": order.customerEmail,
            "placedAtMs": DomainTime.milliseconds(order.placedAt),
        ]
        arguments += StatementArguments(order.shippingAddress.columnArguments(prefix: "shipping"))
        arguments += try changingArguments(of: order)
        try db.cachedStatement(sql: insertSQL).execute(arguments: arguments)
        try appendTimeline(of: order, stored: 0, in: db)
    }

    /// The update returns how many timeline entries were stored before it, so that only the new ones are
    /// inserted: the count runs inside the UPDATE, not as a statement of its own.
    private static let updateSQL = """
        UPDATE "order" SET status = :status, stockReserved = :stockReserved, paymentAuthorised = :paymentAuthorised,
            holdUntilMs = :holdUntilMs, holdOver = :holdOver, review = :review, reviewReasons = :reviewReasons,
            reviewUpdatedAtMs = :reviewUpdatedAtMs, exhaustedAttempts = :exhaustedAttempts
        WHERE id = :id
        RETURNING (SELECT COUNT(*) FROM orderTimeline WHERE orderID = "order".id)
        """

    /// Stores an order's new status, conditions and dispatch exhaustion, and the timeline entries not stored yet.
    static func update(_ order: Order, in db: Database) throws {
        var arguments: StatementArguments = ["id": order.id.rawValue]
        arguments += try changingArguments(of: order)
        let stored = try Int.fetchOne(db.cachedStatement(sql: updateSQL), arguments: arguments)
        try appendTimeline(of: order, stored: stored ?? 0, in: db)
    }

    /// The arguments of the columns an order's inputs change: status, release conditions, dispatch exhaustion.
    private static func changingArguments(of order: Order) throws -> StatementArguments {
        var arguments: StatementArguments = [
            "status": order.status.rawValue, "exhaustedAttempts": order.exhaustedAttempts,
        ]
        arguments += try order.conditions.columnArguments()
        return arguments
    }

    private static let timelineInsertSQL = """
        INSERT INTO orderTimeline(orderID, position, atMs, status, cause, note, scan)
        VALUES(:orderID, :position, :atMs, :status, :cause, :note, :scan)
        """

    /// Inserts the entries of `order.timeline` after the first `stored`, which the store already holds.
    private static func appendTimeline(of order: Order, stored: Int, in db: Database) throws {
        for (position, entry) in order.timeline.enumerated().dropFirst(stored) {
            try db.cachedStatement(sql: timelineInsertSQL).execute(arguments: [
                "orderID": order.id.rawValue, "position": position, "atMs": DomainTime.milliseconds(entry.at),
                "status": entry.status.rawValue, "cause": entry.cause.rawValue, "note": entry.note,
                "scan": entry.scan?.rawValue,
            ])
        }
    }

    // MARK: - Reads

    private static let findSQL = #"SELECT \#(columnList) FROM "order" WHERE id = :id"#

    /// The order, or nil if there is none with this id.
    static func find(_ id: OrderID, in db: Database) throws -> Order? {
        // The row is read in place, not copied: the cursor must outlive it.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: findSQL), arguments: ["id": id.rawValue])
        return try withExtendedLifetime(rows) {
            try rows.next().map { try order(from: $0, in: db) }
        }
    }

    /// A page of orders, newest first (placement time, then id), optionally of one merchant and in one status,
    /// after `after` (the placement time and id of the previous page's last order) when given; `hasMore` tells
    /// whether another page follows.
    static func page(
        merchantID: MerchantID?, status: OrderStatus?, after: (placedAtMs: Int64, id: OrderID)?, limit: Int,
        in db: Database
    ) throws -> (orders: [Order], hasMore: Bool) {
        var (conditions, arguments) = filter(merchantID: merchantID, status: status)
        if let after {
            conditions.append("(placedAtMs, id) < (:afterMs, :afterID)")
            arguments += ["afterMs": after.placedAtMs, "afterID": after.id.rawValue]
        }
        arguments += ["limit": limit + 1]
        let rows = try Row.fetchAll(
            db,
            sql: #"SELECT \#(columnList) FROM "order" \#(whereClause(conditions)) "#
                + "ORDER BY placedAtMs DESC, id DESC LIMIT :limit",
            arguments: arguments)
        return (try rows.prefix(limit).map { try order(from: $0, in: db) }, rows.count > limit)
    }

    /// How many orders there are, optionally of one merchant and in one status.
    static func count(merchantID: MerchantID?, status: OrderStatus?, in db: Database) throws -> Int {
        let (conditions, arguments) = filter(merchantID: merchantID, status: status)
        return try Int.fetchOne(
            db, sql: #"SELECT COUNT(*) FROM "order" \#(whereClause(conditions))"#, arguments: arguments) ?? 0
    }

    /// The conditions and arguments of the list filters.
    private static func filter(merchantID: MerchantID?, status: OrderStatus?) -> ([String], StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = [:]
        if let merchantID {
            conditions.append("merchantID = :merchantID")
            arguments += ["merchantID": merchantID.rawValue]
        }
        if let status {
            conditions.append("status = :status")
            arguments += ["status": status.rawValue]
        }
        return (conditions, arguments)
    }

    private static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    /// The order in `row` (the `columns`), with its timeline.
    private static func order(from row: Row, in db: Database) throws -> Order {
        let id = OrderID(rawValue: row["id"])
        let currencyCode: String = row["currency"]
        guard let currency = CurrencyCode(currencyCode) else { throw OrdersStoreError.unknownCurrency(currencyCode) }
        return Order(
            id: id, merchantID: MerchantID(rawValue: row["merchantID"]),
            listingID: ListingID(rawValue: row["listingID"]),
            sku: row["sku"], quantity: row["quantity"],
            unitPrice: Money(minorUnits: row["unitPriceMinor"], currency: currency),
            total: Money(minorUnits: row["totalMinor"], currency: currency), customerName: row["customerName"],
            customerEmail: row["customerEmail"], shippingAddress: Address(row: row, prefix: "shipping"),
            placedAt: DomainTime.date(milliseconds: row["placedAtMs"]), status: try status(row["status"]),
            conditions: try ReleaseConditions(row: row), timeline: try timeline(of: id, in: db),
            exhaustedAttempts: row["exhaustedAttempts"])
    }

    private static let timelineSQL =
        "SELECT atMs, status, cause, note, scan FROM orderTimeline WHERE orderID = :orderID ORDER BY position"

    private static func timeline(of id: OrderID, in db: Database) throws -> [TimelineEntry] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: timelineSQL), arguments: ["orderID": id.rawValue])
        var timeline: [TimelineEntry] = []
        while let row = try rows.next() {
            timeline.append(
                TimelineEntry(
                    at: DomainTime.date(milliseconds: row["atMs"]), status: try status(row["status"]),
                    cause: try cause(row["cause"]), note: row["note"], scan: try (row["scan"] as String?).map(scan)))
        }
        return timeline
    }

    private static func status(_ name: String) throws -> OrderStatus {
        guard let status = OrderStatus(rawValue: name) else { throw OrdersStoreError.unknownStatus(name) }
        return status
    }

    private static func scan(_ name: String) throws -> ScanKind {
        guard let kind = ScanKind(rawValue: name) else { throw OrdersStoreError.unknownScan(name) }
        return kind
    }

    private static func cause(_ name: String) throws -> TransitionCause {
        guard let cause = TransitionCause(rawValue: name) else { throw OrdersStoreError.unknownCause(name) }
        return cause
    }
}
