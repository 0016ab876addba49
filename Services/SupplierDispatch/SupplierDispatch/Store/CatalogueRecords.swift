import Contracts
import GRDB

/// The `merchant`, `listing` and `supplierStock` tables: the partition's projection of Inventory's catalogue
/// (R6, R16). Named after the catalogue rather than its rows, because `MerchantRecord` and `ListingRecord` are
/// already the contract values these tables keep as JSON.
enum CatalogueRecords {
    /// Inserts or replaces the merchant.
    static func upsert(_ merchant: MerchantRecord, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO merchant(id, document) VALUES(:id, :document)
                ON CONFLICT(id) DO UPDATE SET document = excluded.document
                """
        ).execute(arguments: ["id": merchant.id.rawValue, "document": try StoreCoding.json(merchant)])
    }

    /// Inserts or replaces the listing.
    static func upsert(_ listing: ListingRecord, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO listing(id, document) VALUES(:id, :document)
                ON CONFLICT(id) DO UPDATE SET document = excluded.document
                """
        ).execute(arguments: ["id": listing.id.rawValue, "document": try StoreCoding.json(listing)])
    }

    /// The merchant, if its `merchant.upserted` reached the partition.
    static func merchant(_ id: MerchantID, in db: Database) throws -> MerchantRecord? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT document FROM merchant WHERE id = :id"), arguments: ["id": id.rawValue]
        ).map { try StoreCoding.decode(MerchantRecord.self, json: $0["document"]) }
    }

    /// The listing, if its `listing.upserted` reached the partition.
    static func listing(_ id: ListingID, in db: Database) throws -> ListingRecord? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT document FROM listing WHERE id = :id"), arguments: ["id": id.rawValue]
        ).map { try StoreCoding.decode(ListingRecord.self, json: $0["document"]) }
    }

    /// Keeps the supplier's reported stock of the SKU, replacing the one before.
    static func setSupplierStock(_ update: SupplierStockUpdated, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO supplierStock(listingID, sku, supplierID, quantity)
                VALUES(:listingID, :sku, :supplierID, :quantity)
                ON CONFLICT(listingID, sku, supplierID) DO UPDATE SET quantity = excluded.quantity
                """
        ).execute(arguments: [
            "listingID": update.listingID.rawValue, "sku": update.sku, "supplierID": update.supplierID.rawValue,
            "quantity": update.quantity,
        ])
    }

    /// Each supplier's last reported stock of a SKU; a supplier that never reported is absent (unknown).
    static func supplierStock(listing: ListingID, sku: String, in db: Database) throws -> [SupplierID: Int] {
        var stock: [SupplierID: Int] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT supplierID, quantity FROM supplierStock WHERE listingID = :listingID AND sku = :sku"),
            arguments: ["listingID": listing.rawValue, "sku": sku])
        while let row = try rows.next() {
            stock[SupplierID(rawValue: row["supplierID"])] = row["quantity"]
        }
        return stock
    }
}
