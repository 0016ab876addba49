import Contracts
import Foundation
import GRDB
import ServiceKit

/// The merchants' Unfulfilled Orders queues (R5): what each released order needs to be fulfilled, one
/// `unfulfilledOrder` row each, every column read and bound by name.
enum UnfulfilledOrderRecords {
    // MARK: - Writes

    private static let insertSQL = """
        INSERT INTO unfulfilledOrder(orderID, merchantID, listingID, sku, quantity, customerName,
            shippingName, shippingLine1, shippingLine2, shippingCity, shippingRegion, shippingPostalCode,
            shippingCountry, shippingPhone, releasedAtMs)
        VALUES(:orderID, :merchantID, :listingID, :sku, :quantity, :customerName,
            :shippingName, :shippingLine1, :shippingLine2, :shippingCity, :shippingRegion, :shippingPostalCode,
            :shippingCountry, :shippingPhone, :releasedAtMs)
        ON CONFLICT(orderID) DO NOTHING
        """

    /// Adds a released order to its merchant's queue; an order already queued stays as it was.
    /// - Returns: true when the entry was added.
    static func insert(_ entry: UnfulfilledOrder, in db: Database) throws -> Bool {
        var arguments: StatementArguments = [
            "orderID": entry.orderID.rawValue, "merchantID": entry.merchantID.rawValue,
            "listingID": entry.listingID.rawValue, "sku": entry.sku, "quantity": entry.quantity,
            "customerName": entry.customerName, "releasedAtMs": DomainTime.milliseconds(entry.releasedAt),
        ]
        arguments += StatementArguments(entry.shippingAddress.columnArguments(prefix: "shipping"))
        try db.cachedStatement(sql: insertSQL).execute(arguments: arguments)
        return db.changesCount > 0
    }

    /// Takes an order out of its merchant's queue: it shipped, or was cancelled or refunded before it could.
    static func remove(_ orderID: OrderID, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM unfulfilledOrder WHERE orderID = :orderID").execute(arguments: [
            "orderID": orderID.rawValue
        ])
    }

    // MARK: - Reads

    /// How many orders the merchant's queue holds.
    static func count(of merchantID: MerchantID, in db: Database) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT COUNT(*) FROM unfulfilledOrder WHERE merchantID = :merchantID"),
            arguments: ["merchantID": merchantID.rawValue]) ?? 0
    }

    /// The queue's columns, and the price the customer paid from the order's own row.
    private static let entriesSQL = """
        SELECT u.orderID AS orderID, u.merchantID AS merchantID, u.listingID AS listingID, u.sku AS sku,
            u.quantity AS quantity, u.customerName AS customerName, u.shippingName AS shippingName,
            u.shippingLine1 AS shippingLine1, u.shippingLine2 AS shippingLine2, u.shippingCity AS shippingCity,
            u.shippingRegion AS shippingRegion, u.shippingPostalCode AS shippingPostalCode,
            u.shippingCountry AS shippingCountry, u.shippingPhone AS shippingPhone, u.releasedAtMs AS releasedAtMs,
            o.unitPriceMinor AS unitPriceMinor, o.currency AS currency
        FROM unfulfilledOrder u JOIN "order" o ON o.id = u.orderID
        WHERE u.merchantID = :merchantID ORDER BY u.releasedAtMs, u.orderID LIMIT :limit
        """

    /// The oldest `limit` orders of the merchant's queue, oldest release first.
    static func entries(of merchantID: MerchantID, limit: Int, in db: Database) throws -> [UnfulfilledOrder] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: entriesSQL), arguments: ["merchantID": merchantID.rawValue, "limit": limit])
        var entries: [UnfulfilledOrder] = []
        while let row = try rows.next() {
            entries.append(
                UnfulfilledOrder(
                    orderID: OrderID(rawValue: row["orderID"]), merchantID: MerchantID(rawValue: row["merchantID"]),
                    listingID: ListingID(rawValue: row["listingID"]), sku: row["sku"], quantity: row["quantity"],
                    unitPrice: CurrencyCode(row["currency"]).map {
                        Money(minorUnits: row["unitPriceMinor"], currency: $0)
                    },
                    customerName: row["customerName"], shippingAddress: Address(row: row, prefix: "shipping"),
                    releasedAt: DomainTime.date(milliseconds: row["releasedAtMs"])))
        }
        return entries
    }
}
