import Contracts
import Foundation
import GRDB

/// The orders service's copy of Inventory's catalogue, fed by `catalog.*` events: merchants (name, email, return
/// address, language) for notifications, listings (active flag, limit, price per SKU) for R1's checks.
enum CatalogRecords {
    // MARK: - Writes

    private static let merchantUpsertSQL = """
        INSERT INTO catalogMerchant(id, name, email, returnAddress, language)
        VALUES(:id, :name, :email, :returnAddress, :language)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email,
            returnAddress = excluded.returnAddress, language = excluded.language
        """

    /// Stores the merchant as Inventory last published it.
    static func upsert(_ merchant: MerchantRecord, in db: Database) throws {
        try db.cachedStatement(sql: merchantUpsertSQL).execute(arguments: [
            "id": merchant.id.rawValue, "name": merchant.name, "email": merchant.email,
            "returnAddress": try StoreCoding.json(merchant.returnAddress), "language": merchant.language,
        ])
    }

    private static let listingUpsertSQL = """
        INSERT INTO catalogListing(id, merchantID, title, isActive, perOrderLimit)
        VALUES(:id, :merchantID, :title, :isActive, :perOrderLimit)
        ON CONFLICT(id) DO UPDATE SET merchantID = excluded.merchantID, title = excluded.title,
            isActive = excluded.isActive, perOrderLimit = excluded.perOrderLimit
        """

    private static let variationInsertSQL = """
        INSERT INTO catalogVariation(listingID, sku, currency, priceMinor)
        VALUES(:listingID, :sku, :currency, :priceMinor)
        """

    /// Stores the listing as Inventory last published it; its variations replace the previous ones.
    static func upsert(_ listing: CatalogListing, in db: Database) throws {
        try db.cachedStatement(sql: listingUpsertSQL).execute(arguments: [
            "id": listing.id.rawValue, "merchantID": listing.merchantID.rawValue, "title": listing.title,
            "isActive": listing.isActive, "perOrderLimit": listing.perOrderLimit,
        ])
        try db.cachedStatement(sql: "DELETE FROM catalogVariation WHERE listingID = :listingID").execute(arguments: [
            "listingID": listing.id.rawValue
        ])
        for (sku, price) in listing.prices {
            try db.cachedStatement(sql: variationInsertSQL).execute(arguments: [
                "listingID": listing.id.rawValue, "sku": sku, "currency": price.currency.code,
                "priceMinor": price.minorUnits,
            ])
        }
    }

    // MARK: - Reads

    /// The merchant, if Inventory published it.
    static func merchant(_ id: MerchantID, in db: Database) throws -> MerchantRecord? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT name, email, returnAddress, language FROM catalogMerchant WHERE id = :id"),
            arguments: ["id": id.rawValue]
        ).map { row in
            MerchantRecord(
                id: id, name: row["name"], email: row["email"],
                returnAddress: try StoreCoding.decode(Address.self, json: row["returnAddress"]),
                language: row["language"])
        }
    }

    /// The listing with its prices, if Inventory published it.
    static func listing(_ id: ListingID, in db: Database) throws -> CatalogListing? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT merchantID, title, isActive, perOrderLimit FROM catalogListing WHERE id = :id"),
                arguments: ["id": id.rawValue])
        else { return nil }
        var prices: [String: Money] = [:]
        let variations = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT sku, currency, priceMinor FROM catalogVariation WHERE listingID = :id"),
            arguments: ["id": id.rawValue])
        for variation in variations {
            let code: String = variation["currency"]
            guard let currency = CurrencyCode(code) else { throw OrdersStoreError.unknownCurrency(code) }
            prices[variation["sku"]] = Money(minorUnits: variation["priceMinor"], currency: currency)
        }
        return CatalogListing(
            id: id, merchantID: MerchantID(rawValue: row["merchantID"]), title: row["title"],
            isActive: row["isActive"], perOrderLimit: row["perOrderLimit"], prices: prices)
    }
}
