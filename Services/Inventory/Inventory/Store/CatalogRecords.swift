import Contracts
import Foundation
import GRDB

/// The catalogue as last loaded (`inventory.load`): the `merchant` and `supplier` rows and each listing's
/// catalogue record (the `record` column of `listing`, every variation it ever named included), written with the
/// listing's terms and units when a load creates or changes it. Each record is
/// kept whole as JSON beside the columns the store looks up (name, email, merchant). Every statement is prepared
/// once per connection, and its columns are read and bound by name.
enum CatalogRecords {
    private static let encoder = DomainTime.makeEncoder()
    private static let decoder = DomainTime.makeDecoder()

    // MARK: - Reads

    /// The merchant as last loaded.
    static func merchant(_ id: MerchantID, in db: Database) throws -> MerchantRecord? {
        try record(MerchantRecord.self, sql: "SELECT record FROM merchant WHERE id = :id", id: id.rawValue, in: db)
    }

    /// The supplier as last loaded.
    static func supplier(_ id: SupplierID, in db: Database) throws -> SupplierRecord? {
        try record(SupplierRecord.self, sql: "SELECT record FROM supplier WHERE id = :id", id: id.rawValue, in: db)
    }

    /// The listing's terms as last loaded, every variation it ever named included.
    static func listingRecord(_ id: ListingID, in db: Database) throws -> ListingRecord? {
        try record(ListingRecord.self, sql: "SELECT record FROM listing WHERE id = :id", id: id.rawValue, in: db)
    }

    /// The listing's title, for the notifications about it.
    static func listingTitle(_ id: ListingID, in db: Database) throws -> String? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT title FROM listing WHERE id = :id"), arguments: ["id": id.rawValue]
        ).map { $0["title"] }
    }

    /// Listing ids in order, all or one merchant's.
    static func listingIDs(merchant: MerchantID?, in db: Database) throws -> [ListingID] {
        let rows =
            if let merchant {
                try Row.fetchAll(
                    db.cachedStatement(sql: "SELECT id FROM listing WHERE merchantID = :merchantID ORDER BY id"),
                    arguments: ["merchantID": merchant.rawValue])
            } else {
                try Row.fetchAll(db.cachedStatement(sql: "SELECT id FROM listing ORDER BY id"))
            }
        return rows.map { ListingID(rawValue: $0["id"]) }
    }

    // MARK: - Writes

    /// Creates or replaces a merchant.
    static func save(_ merchant: MerchantRecord, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO merchant(id, name, email, record) VALUES(:id, :name, :email, :record)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, record = excluded.record
                """
        ).execute(arguments: [
            "id": merchant.id.rawValue, "name": merchant.name, "email": merchant.email,
            "record": try encoder.encode(merchant),
        ])
    }

    /// Creates or replaces a supplier.
    static func save(_ supplier: SupplierRecord, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO supplier(id, name, email, record) VALUES(:id, :name, :email, :record)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, record = excluded.record
                """
        ).execute(arguments: [
            "id": supplier.id.rawValue, "name": supplier.name, "email": supplier.email,
            "record": try encoder.encode(supplier),
        ])
    }

    /// Writes a listing as the catalogue loads it: its terms with `record` (the merged catalogue record), then
    /// every variation, supplier report and loaded reservation (`StockRecords.saveRows`).
    static func save(_ listing: Listing, record: ListingRecord, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO listing(id, merchantID, title, isActive, perOrderLimit, record)
                VALUES(:id, :merchantID, :title, :isActive, :perOrderLimit, :record)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, isActive = excluded.isActive,
                    perOrderLimit = excluded.perOrderLimit, record = excluded.record
                """
        ).execute(arguments: [
            "id": listing.id.rawValue, "merchantID": listing.merchantID.rawValue, "title": listing.title,
            "isActive": listing.isActive, "perOrderLimit": listing.perOrderLimit,
            "record": try encoder.encode(record),
        ])
        try StockRecords.saveRows(of: listing, since: nil, in: db)
    }

    /// The `record` column of the row `sql` selects by `:id`, decoded.
    private static func record<Record: Decodable>(
        _: Record.Type, sql: String, id: String, in db: Database
    ) throws -> Record? {
        try Row.fetchOne(db.cachedStatement(sql: sql), arguments: ["id": id]).map {
            try decoder.decode(Record.self, from: $0["record"] as Data)
        }
    }
}
