import Contracts
import Foundation
import GRDB
import ServiceKit
import TestSupport
import Testing

@testable import Orders

/// docs/architecture.md §3 ("every migration versioned"): `orders-v2` moves the JSON that the v1 code wrote
/// (`order.shippingAddress`, `order.conditions`, `unfulfilledOrder.shippingAddress`) into plain columns, value for
/// value, keeps the tables' keys, indexes and foreign keys, and refuses a row it cannot move rather than lose it.
struct OrdersColumnsMigrationTests {
    // MARK: - A v1 store

    /// Migrates `writer` to `orders-v1` only, then writes `seed` with the v1 writers below.
    static func makeV1Store(_ writer: some DatabaseWriter, _ seed: (Database) throws -> Void) throws {
        var migrator = DatabaseMigrator()
        OrdersStore.migrate(&migrator)
        try migrator.migrate(writer, upTo: "orders-v1")
        try writer.write(seed)
    }

    /// Every fixture order as v1 stored it, its queue entry if it has one, and an idempotency key for the first.
    static func seedV1(_ db: Database) throws {
        for (order, unfulfilled) in try StoreFixtures.orders() {
            try insertV1(order, in: db)
            if let unfulfilled { try insertV1(unfulfilled, in: db) }
        }
        try db.execute(
            sql: "INSERT INTO idempotencyKey(key, orderID, response, createdAtMs) VALUES(?, ?, ?, ?)",
            arguments: ["key-1", "ord_placed", Data("{}".utf8), DomainTime.milliseconds(ServiceFixtures.t0)])
    }

    /// `order` and its timeline as v1 stored them: the address and the release conditions as JSON documents.
    static func insertV1(_ order: Order, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO "order"(id, merchantID, listingID, sku, quantity, currency, unitPriceMinor, totalMinor,
                    customerName, customerEmail, shippingAddress, placedAtMs, status, conditions)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                order.id.rawValue, order.merchantID.rawValue, order.listingID.rawValue, order.sku, order.quantity,
                order.total.currency.code, order.unitPrice.minorUnits, order.total.minorUnits, order.customerName,
                order.customerEmail, try StoreCoding.json(order.shippingAddress),
                DomainTime.milliseconds(order.placedAt), order.status.rawValue, try StoreCoding.json(order.conditions),
            ])
        for (position, entry) in order.timeline.enumerated() {
            try db.execute(
                sql: "INSERT INTO orderTimeline(orderID, position, atMs, status, cause) VALUES(?, ?, ?, ?, ?)",
                arguments: [
                    order.id.rawValue, position, DomainTime.milliseconds(entry.at), entry.status.rawValue,
                    entry.cause.rawValue,
                ])
        }
    }

    /// `entry` as v1 stored it: the address as a JSON document.
    static func insertV1(_ entry: UnfulfilledOrder, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO unfulfilledOrder(orderID, merchantID, listingID, sku, quantity, customerName,
                    shippingAddress, releasedAtMs)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.orderID.rawValue, entry.merchantID.rawValue, entry.listingID.rawValue, entry.sku,
                entry.quantity, entry.customerName, try StoreCoding.json(entry.shippingAddress),
                DomainTime.milliseconds(entry.releasedAt),
            ])
    }

    /// The orders store's keys as SQLite reports them: primary keys, indexes and foreign keys of every table
    /// that `orders-v2` rebuilds or that points at one it rebuilds.
    static func keys(_ db: Database) throws -> [String] {
        var keys: [String] = []
        for table in ["order", "orderTimeline", "unfulfilledOrder", "idempotencyKey"] {
            keys.append("\(table) primary key \(try db.primaryKey(table).columns)")
            for index in try db.indexes(on: table) {
                keys.append("\(table) index \(index.name) \(index.columns) unique: \(index.isUnique)")
            }
            for foreignKey in try db.foreignKeys(on: table) {
                keys.append(
                    "\(table) \(foreignKey.originColumns) references \(foreignKey.destinationTable)"
                        + "\(foreignKey.destinationColumns)")
            }
        }
        return keys.sorted()
    }

    static func appliedMigrations(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
    }

    // MARK: - Tests

    @Test("orders-v2 moves every address and release condition of a v1 store into columns, value for value")
    func documentsBecomeColumns() throws {
        // Given a v1 store with an order in each state, the released ones queued for their merchant
        let fixtures = try StoreFixtures.orders()
        let queue = try DatabaseQueue()
        try Self.makeV1Store(queue, Self.seedV1)
        let keysBefore = try queue.read(Self.keys)

        // When the store is migrated to the latest version
        var migrator = DatabaseMigrator()
        OrdersStore.migrate(&migrator)
        try migrator.migrate(queue)

        // Then every order and queue entry reads back as it was stored
        try queue.read { db throws in
            for (order, _) in fixtures {
                #expect(try OrderRecords.find(order.id, in: db) == order)
            }
            let queued = fixtures.compactMap(\.unfulfilled).sorted {
                ($0.releasedAt, $0.orderID.rawValue) < ($1.releasedAt, $1.orderID.rawValue)
            }
            #expect(queued.count == 3)
            #expect(try UnfulfilledOrderRecords.entries(of: ServiceFixtures.merchantID, limit: 10, in: db) == queued)
            #expect(try IdempotencyKeyRecords.answer(for: "key-1", in: db)?.response == Data("{}".utf8))
            // And the documents are gone, the keys, indexes and foreign keys are those of v1; `orders-v3` to
            // `orders-v5` followed (every order read back with no dispatch exhaustion, the key with no fingerprint,
            // the timeline with no notes)
            #expect(
                try Self.appliedMigrations(db).suffix(5) == [
                    "orders-v1", "orders-v2", "orders-v3", "orders-v4", "orders-v5",
                ])
            #expect(try !db.columns(in: "order").contains { ["shippingAddress", "conditions"].contains($0.name) })
            #expect(try !db.columns(in: "unfulfilledOrder").contains { $0.name == "shippingAddress" })
            #expect(try Self.keys(db) == keysBefore)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            // And a review's reasons are JSON only where there are some
            #expect(
                try String.fetchAll(db, sql: #"SELECT id FROM "order" WHERE reviewReasons IS NOT NULL ORDER BY id"#)
                    == ["ord_awaiting", "ord_review", "ord_reviewed"])
        }
    }

    @Test(
        "A v1 row whose JSON cannot be moved stops orders-v2 with its key, and the store stays at v1",
        arguments: [
            (
                #"UPDATE "order" SET shippingAddress = 'not JSON' WHERE id = 'ord_held'"#,
                OrdersStoreError.corruptRow(table: "order", key: "ord_held", column: "shippingAddress")
            ),
            (
                #"UPDATE "order" SET conditions = json_set(conditions, '$.review', 'escalated') WHERE id = 'ord_review'"#,
                OrdersStoreError.corruptRow(table: "order", key: "ord_review", column: "conditions")
            ),
            (
                #"UPDATE "order" SET conditions = json_set(conditions, '$.holdUntil', 'soon') WHERE id = 'ord_held'"#,
                OrdersStoreError.corruptRow(table: "order", key: "ord_held", column: "conditions")
            ),
            (
                """
                UPDATE unfulfilledOrder SET shippingAddress = json_remove(shippingAddress, '$.country')
                WHERE orderID = 'ord_released'
                """,
                OrdersStoreError.corruptRow(table: "unfulfilledOrder", key: "ord_released", column: "shippingAddress")
            ),
        ])
    func refusesWhatItCannotMove(corruption: String, error: OrdersStoreError) throws {
        // Given a v1 store with one damaged document
        let queue = try DatabaseQueue()
        try Self.makeV1Store(queue) { db in
            try Self.seedV1(db)
            try db.execute(sql: corruption)
        }

        // When it is migrated, then the migration names the row and leaves the store as it was
        var migrator = DatabaseMigrator()
        OrdersStore.migrate(&migrator)
        #expect(throws: error) { try migrator.migrate(queue) }
        try queue.read { db throws in
            #expect(try Self.appliedMigrations(db).last == "orders-v1")
            #expect(try db.columns(in: "order").contains { $0.name == "conditions" })
            #expect(try !db.tableExists("newOrder") && !db.tableExists("newUnfulfilledOrder"))
            #expect(try Int.fetchOne(db, sql: #"SELECT COUNT(*) FROM "order""#) == 9)
        }
    }

    @Test("R4, R5: after the upgrade, a migrated held order is released and a stale review fact changes nothing")
    func serviceCarriesOn() async throws {
        // Given the service opens a v1 store holding an order held until minute 480 and one under review since
        // minute 2 and 123 ms
        let harness = try OrdersHarness(prepare: { path in
            let pool = try StoreSetup.open(path: path, migrations: { _ in })
            try Self.makeV1Store(pool, Self.seedV1)
            try pool.close()
        })

        // When the hold ends, then the held order is released and queued with its full address
        try harness.deliver(ServiceFixtures.holdEnded("ord_held", at: StoreFixtures.t(480, 456)))
        #expect(try harness.publishedTypes(of: "ord_held") == ["order.released"])
        let queued = try harness.read { db in
            try UnfulfilledOrderRecords.entries(of: ServiceFixtures.merchantID, limit: 10, in: db)
        }
        #expect(queued.first { $0.orderID == "ord_held" }?.shippingAddress == StoreFixtures.full)

        // When an approval older than the migrated review's time arrives, then nothing changes; a newer one moves
        // the order back to held
        try harness.deliver(ServiceFixtures.reviewApproved("ord_review", at: StoreFixtures.t(2, 122)))
        #expect(try harness.publishedTypes(of: "ord_review").isEmpty)
        try harness.deliver(ServiceFixtures.reviewApproved("ord_review", at: StoreFixtures.t(2, 123)))
        #expect(try harness.publishedTypes(of: "ord_review") == ["order.held"])
        let detail = try await harness.show("ord_review")
        #expect(detail.status == .held)
    }
}
