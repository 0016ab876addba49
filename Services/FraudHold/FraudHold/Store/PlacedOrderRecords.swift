import Contracts
import Foundation
import GRDB
import ServiceKit

/// The `placedOrder` table: the facts of each `order.placed` the rules need (merchant, email, shipping address in
/// columns, amount, placement time) and when the order was cancelled or declined (R4). Every statement is prepared
/// once per connection and reads and binds its columns by name.
enum PlacedOrderRecords {
    /// The columns `PlacedOrder(row:)` reads.
    private static let columns = """
        orderID, merchantID, email, \(Address.columns(prefix: "shipping")), amountMinorUnits, \
        currency, placedAtMs, closedAtMs
        """

    // MARK: - Reads

    /// The order's placement facts, if `order.placed` was applied.
    static func find(_ orderID: OrderID, in db: Database) throws -> PlacedOrder? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(columns) FROM placedOrder WHERE orderID = :orderID"),
            arguments: ["orderID": orderID.rawValue]
        ).map { try PlacedOrder(row: $0) }
    }

    /// Whether `order.placed` for the order was applied.
    static func isKnown(_ orderID: OrderID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM placedOrder WHERE orderID = :orderID)"),
            arguments: ["orderID": orderID.rawValue]) ?? false
    }

    // MARK: - Writes

    /// Stores an order's placement facts. Returns false, changing nothing, when the order was already known.
    static func insert(_ order: PlacedOrder, in db: Database) throws -> Bool {
        var arguments = StatementArguments(order.shippingAddress.columnArguments(prefix: "shipping"))
        arguments += [
            "orderID": order.orderID.rawValue, "merchantID": order.merchantID.rawValue, "email": order.email,
            "amountMinorUnits": order.amount.minorUnits, "currency": order.amount.currency.code,
            "placedAtMs": DomainTime.milliseconds(order.placedAt),
            "closedAtMs": order.closedAt.map(DomainTime.milliseconds),
        ]
        try db.cachedStatement(
            sql: """
                INSERT INTO placedOrder(\(columns))
                VALUES(
                    :orderID, :merchantID, :email, \(Address.parameters(prefix: "shipping")), :amountMinorUnits, :currency,
                    :placedAtMs, :closedAtMs)
                ON CONFLICT(orderID) DO NOTHING
                """
        ).execute(arguments: arguments)
        return db.changesCount > 0
    }

    /// Marks the order cancelled or declined at `time`, unless it already was.
    static func close(_ orderID: OrderID, at time: Date, in db: Database) throws {
        try db.cachedStatement(
            sql: "UPDATE placedOrder SET closedAtMs = :closedAtMs WHERE orderID = :orderID AND closedAtMs IS NULL"
        ).execute(arguments: ["closedAtMs": DomainTime.milliseconds(time), "orderID": orderID.rawValue])
    }
}
