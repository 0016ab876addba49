import Contracts
import GRDB

/// The `parkedRelease` table: released orders whose listing the partition has not seen yet (the `inventory`
/// stream lags the `orders` one), kept as JSON until the listing arrives or the order is cancelled.
enum ParkedReleaseRecords {
    /// Parks the released order; parking it again (a redelivered release) changes nothing.
    static func park(_ order: UnfulfilledOrder, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO parkedRelease(orderID, listingID, document) VALUES(:orderID, :listingID, :document)
                ON CONFLICT(orderID) DO NOTHING
                """
        ).execute(arguments: [
            "orderID": order.orderID.rawValue, "listingID": order.listingID.rawValue,
            "document": try StoreCoding.json(order),
        ])
    }

    /// Takes out the orders parked for `listing`, by order id.
    static func unpark(listing: ListingID, in db: Database) throws -> [UnfulfilledOrder] {
        let orders = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT document FROM parkedRelease WHERE listingID = :listingID ORDER BY orderID"),
            arguments: ["listingID": listing.rawValue]
        ).map { try StoreCoding.decode(UnfulfilledOrder.self, json: $0["document"]) }
        try db.cachedStatement(sql: "DELETE FROM parkedRelease WHERE listingID = :listingID")
            .execute(arguments: ["listingID": listing.rawValue])
        return orders
    }

    /// Whether the order waits for its listing.
    static func isParked(_ orderID: OrderID, in db: Database) throws -> Bool {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT 1 AS parked FROM parkedRelease WHERE orderID = :orderID"),
            arguments: ["orderID": orderID.rawValue]) != nil
    }

    /// Takes the order out without starting it (it was cancelled while it waited).
    static func unpark(order orderID: OrderID, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM parkedRelease WHERE orderID = :orderID")
            .execute(arguments: ["orderID": orderID.rawValue])
    }
}
