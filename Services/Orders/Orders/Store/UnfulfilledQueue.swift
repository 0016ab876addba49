import Contracts
import Foundation
import GRDB
import ServiceKit

/// The merchants' Unfulfilled Orders queues (R5): what each released order needs to be fulfilled.
enum UnfulfilledQueue {
    // MARK: - Writes

    private static let insertSQL = """
        INSERT INTO unfulfilledOrder(orderID, merchantID, listingID, sku, quantity, customerName,
            \(Address.shippingColumns), releasedAtMs)
        VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(orderID) DO NOTHING
        """

    /// Adds a released order to its merchant's queue; an order already queued stays as it was.
    /// - Returns: true when the entry was added.
    static func insert(_ entry: UnfulfilledOrder, in db: Database) throws -> Bool {
        var values: [(any DatabaseValueConvertible)?] = [
            entry.orderID.rawValue, entry.merchantID.rawValue, entry.listingID.rawValue, entry.sku, entry.quantity,
            entry.customerName,
        ]
        values += entry.shippingAddress.shippingColumnValues
        values.append(DomainTime.milliseconds(entry.releasedAt))
        try db.cachedStatement(sql: insertSQL).execute(arguments: StatementArguments(values))
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

    private static let entriesSQL = """
        SELECT u.orderID, u.merchantID, u.listingID, u.sku, u.quantity, u.customerName,
            u.shippingName, u.shippingLine1, u.shippingLine2, u.shippingCity, u.shippingRegion, u.shippingPostalCode,
            u.shippingCountry, u.shippingPhone, u.releasedAtMs, o.unitPriceMinor, o.currency
        FROM unfulfilledOrder u JOIN "order" o ON o.id = u.orderID
        WHERE u.merchantID = ? ORDER BY u.releasedAtMs, u.orderID LIMIT ?
        """

    /// The oldest `limit` orders of the merchant's queue, oldest release first.
    static func entries(of merchantID: MerchantID, limit: Int, in db: Database) throws -> [UnfulfilledOrder] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: entriesSQL), arguments: [merchantID.rawValue, limit])
        var entries: [UnfulfilledOrder] = []
        while let row = try rows.next() {
            entries.append(
                UnfulfilledOrder(
                    orderID: OrderID(rawValue: row[0]), merchantID: MerchantID(rawValue: row[1]),
                    listingID: ListingID(rawValue: row[2]), sku: row[3], quantity: row[4],
                    unitPrice: CurrencyCode(row[16]).map { Money(minorUnits: row[15], currency: $0) },
                    customerName: row[5], shippingAddress: Address(row: row, at: 6),
                    releasedAt: DomainTime.date(milliseconds: row[14])))
        }
        return entries
    }
}
