import GRDB
import Mail

/// The schema of `inventory.sqlite`'s own tables: the catalogue (merchants, suppliers, listings and their last
/// loaded records), the units of every variation, supplier stock reports and reservations; plus the mail outbox.
/// Each migration keeps its own frozen SQL. The reads and writes are `CatalogRecords`, `StockRecords` and
/// `ReservationRecords`.
///
/// `inventory-v1` created the tables; `inventory-v2` adds `reservation.idempotencyKey`, the key of the placement
/// that made each reservation (unique when set; none for the reservations made before), so that a retried
/// placement finds the reservation of its first attempt.
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
        migrator.registerMigration("inventory-v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE reservation ADD COLUMN idempotencyKey TEXT;
                    CREATE UNIQUE INDEX reservationByIdempotencyKey ON reservation(idempotencyKey)
                        WHERE idempotencyKey IS NOT NULL;
                    """)
        }
    }
}
