import Contracts
import Foundation
import GRDB

/// The `sentPurchaseOrder` table: each sent purchase order's merchant, release time and shipping choice (R9).
/// Every statement is prepared once per connection and reads and binds its columns by name.
enum SentPurchaseOrderRecords {
    // MARK: - Reads

    static func find(_ id: PurchaseOrderID, in db: Database) throws -> SentPurchaseOrder? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT purchaseOrderID, orderID, merchantID, releasedAtMs, choice
                        FROM sentPurchaseOrder WHERE purchaseOrderID = :id
                        """),
                arguments: ["id": id.rawValue])
        else { return nil }
        return SentPurchaseOrder(
            purchaseOrderID: id, orderID: OrderID(rawValue: row["orderID"]),
            merchantID: MerchantID(rawValue: row["merchantID"]),
            releasedAt: DomainTime.date(milliseconds: row["releasedAtMs"]),
            choice: try (row["choice"] as String?).map { try StoredJSON.decode(ShippingChoice.self, $0) })
    }

    // MARK: - Writes

    /// Remembers a sent purchase order; a repeated one changes nothing.
    static func insert(_ sent: SentPurchaseOrder, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO sentPurchaseOrder(purchaseOrderID, orderID, merchantID, releasedAtMs, choice)
                VALUES(:purchaseOrderID, :orderID, :merchantID, :releasedAtMs, :choice)
                ON CONFLICT(purchaseOrderID) DO NOTHING
                """
        ).execute(arguments: [
            "purchaseOrderID": sent.purchaseOrderID.rawValue, "orderID": sent.orderID.rawValue,
            "merchantID": sent.merchantID.rawValue, "releasedAtMs": DomainTime.milliseconds(sent.releasedAt),
            "choice": try sent.choice.map(StoredJSON.encode),
        ])
    }
}
