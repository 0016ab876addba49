import Contracts
import Foundation
import GRDB

extension OrdersStore {
    /// `orders-v2`: the JSON columns of `orders-v1` become plain ones, so that an order is read and written
    /// without JSON (`find`, `update` and the queue ran a JSON coding each, about a dozen per order).
    ///
    /// - `order.shippingAddress` and `unfulfilledOrder.shippingAddress` (`Address` documents) become eight
    ///   `shipping…` columns, NULL where the address leaves a field out.
    /// - `order.conditions` (a `ReleaseConditions` document) becomes `stockReserved`, `paymentAuthorised`,
    ///   `holdUntilMs`, `holdOver`, `review`, `reviewReasons` (a JSON array, NULL when empty) and
    ///   `reviewUpdatedAtMs`; times in milliseconds since 1970, as every other time in the store.
    ///
    /// Each document is decoded with the Codable form that wrote it and copied by this migration's own statements,
    /// which later schema changes must leave alone. Both tables are rebuilt the documented way
    /// (sqlite.org/lang_altertable.html): create, copy, drop, rename, and their indexes created again. The new
    /// tables are renamed into place rather than the old ones out of the way, so that the foreign keys of
    /// `orderTimeline` and `idempotencyKey` keep naming `"order"`; GRDB runs the migration with foreign keys off
    /// and checks them all before it commits. A document that does not decode stops the migration with its row's
    /// key (`OrdersStoreError.corruptRow`), and the store stays at `orders-v1`.
    static func moveJSONIntoColumns(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE newOrder(
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
                    shippingName TEXT NOT NULL,
                    shippingLine1 TEXT NOT NULL,
                    shippingLine2 TEXT,
                    shippingCity TEXT NOT NULL,
                    shippingRegion TEXT,
                    shippingPostalCode TEXT,
                    shippingCountry TEXT NOT NULL,
                    shippingPhone TEXT,
                    placedAtMs INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    stockReserved INTEGER NOT NULL,
                    paymentAuthorised INTEGER NOT NULL,
                    holdUntilMs INTEGER,
                    holdOver INTEGER NOT NULL,
                    review TEXT NOT NULL,
                    reviewReasons TEXT,
                    reviewUpdatedAtMs INTEGER);
                CREATE TABLE newUnfulfilledOrder(
                    orderID TEXT PRIMARY KEY NOT NULL REFERENCES "order"(id),
                    merchantID TEXT NOT NULL,
                    listingID TEXT NOT NULL,
                    sku TEXT NOT NULL,
                    quantity INTEGER NOT NULL,
                    customerName TEXT NOT NULL,
                    shippingName TEXT NOT NULL,
                    shippingLine1 TEXT NOT NULL,
                    shippingLine2 TEXT,
                    shippingCity TEXT NOT NULL,
                    shippingRegion TEXT,
                    shippingPostalCode TEXT,
                    shippingCountry TEXT NOT NULL,
                    shippingPhone TEXT,
                    releasedAtMs INTEGER NOT NULL);
                """)
        try copyOrders(db)
        try copyUnfulfilledOrders(db)
        try db.execute(
            sql: """
                DROP TABLE unfulfilledOrder;
                DROP TABLE "order";
                ALTER TABLE newOrder RENAME TO "order";
                ALTER TABLE newUnfulfilledOrder RENAME TO unfulfilledOrder;
                CREATE INDEX orderByPlacement ON "order"(placedAtMs, id);
                CREATE INDEX orderByMerchant ON "order"(merchantID, placedAtMs, id);
                CREATE INDEX orderByStatus ON "order"(status, placedAtMs, id);
                CREATE INDEX unfulfilledByMerchant ON unfulfilledOrder(merchantID, releasedAtMs, orderID);
                """)
    }

    private static func copyOrders(_ db: Database) throws {
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO newOrder(
                    id, merchantID, listingID, sku, quantity, currency, unitPriceMinor, totalMinor, customerName,
                    customerEmail, shippingName, shippingLine1, shippingLine2, shippingCity, shippingRegion,
                    shippingPostalCode, shippingCountry, shippingPhone, placedAtMs, status, stockReserved,
                    paymentAuthorised, holdUntilMs, holdOver, review, reviewReasons, reviewUpdatedAtMs)
                VALUES(
                    :id, :merchantID, :listingID, :sku, :quantity, :currency, :unitPriceMinor, :totalMinor,
                    :customerName, :customerEmail, :shippingName, :shippingLine1, :shippingLine2, :shippingCity,
                    :shippingRegion, :shippingPostalCode, :shippingCountry, :shippingPhone, :placedAtMs, :status,
                    :stockReserved, :paymentAuthorised, :holdUntilMs, :holdOver, :review, :reviewReasons,
                    :reviewUpdatedAtMs)
                """)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, merchantID, listingID, sku, quantity, currency, unitPriceMinor, totalMinor, customerName,
                    customerEmail, placedAtMs, status, shippingAddress, conditions
                FROM "order"
                """)
        let plainColumns = [
            "id", "merchantID", "listingID", "sku", "quantity", "currency", "unitPriceMinor", "totalMinor",
            "customerName", "customerEmail", "placedAtMs", "status",
        ]
        while let row = try rows.next() {
            // The plain columns are copied as stored; the documents are decoded into theirs.
            let id: String = row["id"]
            let address = try decode(
                Address.self, row["shippingAddress"], table: "order", key: id, column: "shippingAddress")
            let conditions = try decode(
                ReleaseConditions.self, row["conditions"], table: "order", key: id, column: "conditions")
            var arguments = StatementArguments()
            for column in plainColumns { arguments += [column: row[column] as DatabaseValue] }
            arguments += [
                "shippingName": address.name, "shippingLine1": address.line1, "shippingLine2": address.line2,
                "shippingCity": address.city, "shippingRegion": address.region,
                "shippingPostalCode": address.postalCode, "shippingCountry": address.country,
                "shippingPhone": address.phone, "stockReserved": conditions.stockReserved,
                "paymentAuthorised": conditions.paymentAuthorised,
                "holdUntilMs": conditions.holdUntil.map(DomainTime.milliseconds), "holdOver": conditions.holdOver,
                "review": conditions.review.rawValue,
                "reviewReasons": conditions.reviewReasons.isEmpty
                    ? nil : try StoreCoding.json(conditions.reviewReasons),
                "reviewUpdatedAtMs": conditions.reviewUpdatedAt.map(DomainTime.milliseconds),
            ]
            try insert.execute(arguments: arguments)
        }
    }

    private static func copyUnfulfilledOrders(_ db: Database) throws {
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO newUnfulfilledOrder(
                    orderID, merchantID, listingID, sku, quantity, customerName, shippingName, shippingLine1,
                    shippingLine2, shippingCity, shippingRegion, shippingPostalCode, shippingCountry, shippingPhone,
                    releasedAtMs)
                VALUES(
                    :orderID, :merchantID, :listingID, :sku, :quantity, :customerName, :shippingName, :shippingLine1,
                    :shippingLine2, :shippingCity, :shippingRegion, :shippingPostalCode, :shippingCountry,
                    :shippingPhone, :releasedAtMs)
                """)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT orderID, merchantID, listingID, sku, quantity, customerName, releasedAtMs, shippingAddress
                FROM unfulfilledOrder
                """)
        let plainColumns = ["orderID", "merchantID", "listingID", "sku", "quantity", "customerName", "releasedAtMs"]
        while let row = try rows.next() {
            // The plain columns are copied as stored; the document is decoded into the `shipping…` columns.
            let orderID: String = row["orderID"]
            let address = try decode(
                Address.self, row["shippingAddress"], table: "unfulfilledOrder", key: orderID,
                column: "shippingAddress")
            var arguments = StatementArguments()
            for column in plainColumns { arguments += [column: row[column] as DatabaseValue] }
            arguments += [
                "shippingName": address.name, "shippingLine1": address.line1, "shippingLine2": address.line2,
                "shippingCity": address.city, "shippingRegion": address.region,
                "shippingPostalCode": address.postalCode, "shippingCountry": address.country,
                "shippingPhone": address.phone,
            ]
            try insert.execute(arguments: arguments)
        }
    }

    /// The document in a v1 JSON column.
    /// - Throws: `OrdersStoreError.corruptRow` naming the row if it does not decode.
    private static func decode<Value: Decodable>(
        _ type: Value.Type, _ json: String, table: String, key: String, column: String
    ) throws -> Value {
        do {
            return try StoreCoding.decode(type, json: json)
        } catch {
            throw OrdersStoreError.corruptRow(table: table, key: key, column: column)
        }
    }
}
