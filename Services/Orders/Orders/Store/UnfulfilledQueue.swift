import Contracts
import Foundation
import GRDB

/// The merchants' Unfulfilled Orders queues (R5): what each released order needs to be fulfilled.
enum UnfulfilledQueue {
    // MARK: - Writes

    /// Adds a released order to its merchant's queue; an order already queued stays as it was.
    /// - Returns: true when the entry was added.
    static func insert(_ entry: UnfulfilledOrder, in db: Database) throws -> Bool {
        try db.cachedStatement(
            sql: """
                INSERT INTO unfulfilledOrder(orderID, merchantID, listingID, sku, quantity, customerName,
                    shippingAddress, releasedAtMs)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(orderID) DO NOTHING
                """
        ).execute(arguments: [
            entry.orderID.rawValue, entry.merchantID.rawValue, entry.listingID.rawValue, entry.sku,
            entry.quantity, entry.customerName, try StoreCoding.json(entry.shippingAddress),
            StoreCoding.milliseconds(entry.releasedAt),
        ])
        return db.changesCount > 0
    }

    /// Takes an order out of its merchant's queue: it shipped, or was cancelled or refunded before it could.
    static func remove(_ orderID: OrderID, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM unfulfilledOrder WHERE orderID = ?").execute(arguments: [
            orderID.rawValue
        ])
    }

    // MARK: - Reads

    /// How many orders the merchant's queue holds.
    static func count(of merchantID: MerchantID, in db: Database) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT COUNT(*) FROM unfulfilledOrder WHERE merchantID = ?"),
            arguments: [merchantID.rawValue]) ?? 0
    }

    /// The oldest `limit` orders of the merchant's queue, oldest release first.
    static func entries(of merchantID: MerchantID, limit: Int, in db: Database) throws -> [UnfulfilledOrder] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT u.*, o.unitPriceMinor, o.currency FROM unfulfilledOrder u JOIN "order" o ON o.id = u.orderID
                    WHERE u.merchantID = ? ORDER BY u.releasedAtMs, u.orderID LIMIT ?
                    """), arguments: [merchantID.rawValue, limit]
        ).map { row in
            UnfulfilledOrder(
                orderID: OrderID(rawValue: row["orderID"]), merchantID: MerchantID(rawValue: row["merchantID"]),
                listingID: ListingID(rawValue: row["listingID"]), sku: row["sku"], quantity: row["quantity"],
                unitPrice: CurrencyCode(row["currency"]).map { Money(minorUnits: row["unitPriceMinor"], currency: $0) },
                customerName: row["customerName"],
                shippingAddress: try StoreCoding.decode(Address.self, json: row["shippingAddress"]),
                releasedAt: StoreCoding.date(milliseconds: row["releasedAtMs"]))
        }
    }
}
