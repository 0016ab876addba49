import Contracts
import Foundation
import GRDB
import Mail

/// Owns `inventory.sqlite`'s own tables: the catalogue (merchants, suppliers, listings and their last loaded
/// records), the units of every variation, supplier stock reports and reservations; plus the mail outbox.
///
/// Every read and write takes the caller's `Database`: an RPC's write transaction, the `orders` subscription's
/// transaction or a timer's, so that state, outbox events, mail and timers commit together.
public enum InventoryStore {
    /// Registers the versioned migrations (`ServiceHost` adds the stream and clock tables first).
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        MailOutbox.register(in: &migrator)
        migrator.registerMigration("inventory-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE merchant(
                        id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL, record BLOB NOT NULL);
                    CREATE TABLE supplier(
                        id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL, record BLOB NOT NULL);
                    CREATE TABLE listing(
                        id TEXT PRIMARY KEY NOT NULL, merchantID TEXT NOT NULL REFERENCES merchant(id),
                        title TEXT NOT NULL, isActive INTEGER NOT NULL, perOrderLimit INTEGER NOT NULL,
                        record BLOB NOT NULL);
                    CREATE INDEX listingMerchant ON listing(merchantID, id);
                    CREATE TABLE variation(
                        listingID TEXT NOT NULL REFERENCES listing(id), sku TEXT NOT NULL, position INTEGER NOT NULL,
                        priceMinorUnits INTEGER NOT NULL, currency TEXT NOT NULL,
                        available INTEGER NOT NULL CHECK (available >= 0),
                        reserved INTEGER NOT NULL CHECK (reserved >= 0), sold INTEGER NOT NULL CHECK (sold >= 0),
                        PRIMARY KEY(listingID, sku));
                    CREATE TABLE supplierStock(
                        listingID TEXT NOT NULL, sku TEXT NOT NULL, supplierID TEXT NOT NULL REFERENCES supplier(id),
                        quantity INTEGER NOT NULL, referenceLevel INTEGER NOT NULL, isLow INTEGER NOT NULL,
                        reportedAtMs INTEGER NOT NULL,
                        PRIMARY KEY(listingID, sku, supplierID),
                        FOREIGN KEY(listingID, sku) REFERENCES variation(listingID, sku));
                    CREATE TABLE reservation(
                        orderID TEXT PRIMARY KEY NOT NULL, listingID TEXT NOT NULL, sku TEXT NOT NULL,
                        quantity INTEGER NOT NULL, expiresAtMs INTEGER NOT NULL, state TEXT NOT NULL,
                        releaseReason TEXT,
                        FOREIGN KEY(listingID, sku) REFERENCES variation(listingID, sku));
                    CREATE INDEX reservationListing ON reservation(listingID);
                    """)
        }
    }

    static let encoder = DomainTime.makeEncoder()
    static let decoder = DomainTime.makeDecoder()

    // MARK: - Reads

    /// The merchant as last loaded.
    static func merchant(_ id: MerchantID, in db: Database) throws -> MerchantRecord? {
        try Data.fetchOne(db, sql: "SELECT record FROM merchant WHERE id = ?", arguments: [id.rawValue])
            .map { try decoder.decode(MerchantRecord.self, from: $0) }
    }

    /// The supplier as last loaded.
    static func supplier(_ id: SupplierID, in db: Database) throws -> SupplierRecord? {
        try Data.fetchOne(db, sql: "SELECT record FROM supplier WHERE id = ?", arguments: [id.rawValue])
            .map { try decoder.decode(SupplierRecord.self, from: $0) }
    }

    /// The listing's terms as last loaded, every variation it ever named included.
    static func listingRecord(_ id: ListingID, in db: Database) throws -> ListingRecord? {
        try Data.fetchOne(db, sql: "SELECT record FROM listing WHERE id = ?", arguments: [id.rawValue])
            .map { try decoder.decode(ListingRecord.self, from: $0) }
    }

    /// Listing ids in order, all or one merchant's.
    static func listingIDs(merchant: MerchantID?, in db: Database) throws -> [ListingID] {
        let ids =
            if let merchant {
                try String.fetchAll(
                    db, sql: "SELECT id FROM listing WHERE merchantID = ? ORDER BY id", arguments: [merchant.rawValue])
            } else {
                try String.fetchAll(db, sql: "SELECT id FROM listing ORDER BY id")
            }
        return ids.map(ListingID.init(rawValue:))
    }

    // MARK: - Writes

    /// Creates or replaces a merchant.
    static func save(_ merchant: MerchantRecord, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO merchant(id, name, email, record) VALUES(?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, record = excluded.record
                """,
            arguments: [merchant.id.rawValue, merchant.name, merchant.email, try encoder.encode(merchant)])
    }

    /// Creates or replaces a supplier.
    static func save(_ supplier: SupplierRecord, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO supplier(id, name, email, record) VALUES(?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, record = excluded.record
                """,
            arguments: [supplier.id.rawValue, supplier.name, supplier.email, try encoder.encode(supplier)])
    }
}
