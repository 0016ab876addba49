import GRDB
import Mail

/// The schema of the orders service's store (`orders.sqlite`), one versioned migration per change.
///
/// - `order`: one row per order with its line (one variation of one listing), price in minor units, customer,
///   shipping address, status and the R5 release conditions, each in plain columns; `orderTimeline`: every status
///   change with its domain time and cause, and the notes of facts that change none; `unfulfilledOrder`: the merchants' Unfulfilled Orders queue (R5);
///   `idempotencyKey`: the first answer to each client key and the fingerprint of the request it answered (R1).
/// - `catalogMerchant`, `catalogListing`, `catalogVariation`: the projection of Inventory's `catalog.*` events.
/// - `mailOutbox`: notifications waiting for the Maildir (Shared/Mail).
///
/// `orders-v1` created the tables, with the shipping address and the release conditions as JSON; `orders-v2`
/// moves them into columns (`OrdersStore+Columns.swift`); `orders-v3` adds `order.exhaustedAttempts`, how many
/// purchase orders had failed when Dispatch last reported the order's suppliers exhausted (0 for every order
/// before); `orders-v4` adds `idempotencyKey.requestFingerprint`, the fingerprint of the request each key answered
/// (none for the keys before), so that another request under a used key is refused; `orders-v5` adds
/// `orderTimeline.note` and `orderTimeline.scan`, so that the timeline also holds the facts that change no status
/// (a carrier scan and its kind, a stalled parcel, an infraction: R8, R10), NULL on every status change. A shipped
/// migration is never edited: a change is a new one. Reads and writes are the `…Records`.
public enum OrdersStore {
    /// Registers the service's migrations (the stream and timer tables come from `StoreSetup`).
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        MailOutbox.register(in: &migrator)
        migrator.registerMigration("orders-v1") { db in
            try db.execute(sql: ordersV1)
        }
        migrator.registerMigration("orders-v2", migrate: moveJSONIntoColumns)
        migrator.registerMigration("orders-v3") { db in
            try db.execute(sql: ordersV3)
        }
        migrator.registerMigration("orders-v4") { db in
            try db.execute(sql: ordersV4)
        }
        migrator.registerMigration("orders-v5") { db in
            try db.execute(sql: ordersV5)
        }
    }

    private static let ordersV1 = """
        CREATE TABLE "order"(
            id TEXT PRIMARY KEY NOT NULL,
            merchantID TEXT NOT NULL,
            listingID TEXT NOT NULL,
            sku TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity >= 1),
            currency TEXT NOT NULL,
            unitPriceMinor INTEGER NOT NULL,
            totalMinor INTEGER NOT NULL,
            customerName TEXT NOT NULL,
            customerEmail TEXT NOT NULL,
            shippingAddress TEXT NOT NULL,
            placedAtMs INTEGER NOT NULL,
            status TEXT NOT NULL,
            conditions TEXT NOT NULL);
        CREATE INDEX orderByPlacement ON "order"(placedAtMs, id);
        CREATE INDEX orderByMerchant ON "order"(merchantID, placedAtMs, id);
        CREATE INDEX orderByStatus ON "order"(status, placedAtMs, id);
        CREATE TABLE orderTimeline(
            orderID TEXT NOT NULL REFERENCES "order"(id),
            position INTEGER NOT NULL,
            atMs INTEGER NOT NULL,
            status TEXT NOT NULL,
            cause TEXT NOT NULL,
            PRIMARY KEY(orderID, position)) WITHOUT ROWID;
        CREATE TABLE unfulfilledOrder(
            orderID TEXT PRIMARY KEY NOT NULL REFERENCES "order"(id),
            merchantID TEXT NOT NULL,
            listingID TEXT NOT NULL,
            sku TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            customerName TEXT NOT NULL,
            shippingAddress TEXT NOT NULL,
            releasedAtMs INTEGER NOT NULL);
        CREATE INDEX unfulfilledByMerchant ON unfulfilledOrder(merchantID, releasedAtMs, orderID);
        CREATE TABLE idempotencyKey(
            key TEXT PRIMARY KEY NOT NULL,
            orderID TEXT NOT NULL REFERENCES "order"(id),
            response BLOB NOT NULL,
            createdAtMs INTEGER NOT NULL);
        CREATE TABLE catalogMerchant(
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            returnAddress TEXT NOT NULL,
            language TEXT);
        CREATE TABLE catalogListing(
            id TEXT PRIMARY KEY NOT NULL,
            merchantID TEXT NOT NULL,
            title TEXT NOT NULL,
            isActive INTEGER NOT NULL,
            perOrderLimit INTEGER NOT NULL);
        CREATE TABLE catalogVariation(
            listingID TEXT NOT NULL REFERENCES catalogListing(id) ON DELETE CASCADE,
            sku TEXT NOT NULL,
            currency TEXT NOT NULL,
            priceMinor INTEGER NOT NULL,
            PRIMARY KEY(listingID, sku)) WITHOUT ROWID;
        """

    private static let ordersV3 = """
        ALTER TABLE "order" ADD COLUMN exhaustedAttempts INTEGER NOT NULL DEFAULT 0;
        """

    private static let ordersV4 = """
        ALTER TABLE idempotencyKey ADD COLUMN requestFingerprint BLOB;
        """

    private static let ordersV5 = """
        ALTER TABLE orderTimeline ADD COLUMN note TEXT;
        ALTER TABLE orderTimeline ADD COLUMN scan TEXT;
        """
}
