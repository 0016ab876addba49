import Contracts
import Foundation
import GRDB
import Inventory
import ServiceKit
import TestSupport
import Testing

/// docs/architecture.md §3 ("every migration versioned"): `inventory-v2` adds `reservation.idempotencyKey` to a v1
/// store. Every reservation of the v1 store reads back as it was, with no key, and the service carries on with
/// them: a pending one is confirmed or expires, and new reservations keep their placement's key.
struct ReservationKeyMigrationTests {
    /// Writes the catalogue (`mer_1`, `sup_a`, `lst_1` with 10 TEE-M and 3 TEE-L) and three reservations as v1
    /// stored them: `ord_placed` and `ord_orphan` pending 2 TEE-M each until `t0 + 120 s` (with their expiry
    /// timers), `ord_gone` released (expired) 1 TEE-L.
    static func seedV1(_ db: Database) throws {
        let encoder = DomainTime.makeEncoder()
        let merchant = InventoryFixture.merchant
        let supplier = InventoryFixture.supplier
        let listing = InventoryFixture.listingRecord()
        try db.execute(
            sql: "INSERT INTO merchant(id, name, email, record) VALUES(?, ?, ?, ?)",
            arguments: [merchant.id.rawValue, merchant.name, merchant.email, try encoder.encode(merchant)])
        try db.execute(
            sql: "INSERT INTO supplier(id, name, email, record) VALUES(?, ?, ?, ?)",
            arguments: [supplier.id.rawValue, supplier.name, supplier.email, try encoder.encode(supplier)])
        try db.execute(
            sql:
                "INSERT INTO listing(id, merchantID, title, isActive, perOrderLimit, record) VALUES(?, ?, ?, 1, 10, ?)",
            arguments: [listing.id.rawValue, merchant.id.rawValue, listing.title, try encoder.encode(listing)])
        for (position, units) in [("TEE-M", 6, 4), ("TEE-L", 3, 0)].enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO variation(listingID, sku, position, priceMinorUnits, currency, available, reserved, sold)
                    VALUES('lst_1', ?, ?, 1999, 'EUR', ?, ?, 0)
                    """,
                arguments: [units.0, position, units.1, units.2])
        }
        let expiry = DomainTime.milliseconds(InventoryFixture.t(seconds: 120))
        for (orderID, sku, quantity, state, reason) in [
            ("ord_placed", "TEE-M", 2, "pending", nil), ("ord_orphan", "TEE-M", 2, "pending", nil),
            ("ord_gone", "TEE-L", 1, "released", "expired"),
        ] as [(String, String, Int, String, String?)] {
            try db.execute(
                sql: """
                    INSERT INTO reservation(orderID, listingID, sku, quantity, expiresAtMs, state, releaseReason)
                    VALUES(?, 'lst_1', ?, ?, ?, ?, ?)
                    """,
                arguments: [orderID, sku, quantity, expiry, state, reason])
            if state == "pending" {
                try DurableTimers.schedule(
                    DurableTimer(
                        id: "reservation.expire:\(orderID)", kind: "reservation.expire",
                        due: InventoryFixture.t(seconds: 120), payload: Data(orderID.utf8)),
                    in: db)
            }
        }
    }

    /// Leaves at `path` a store migrated up to `inventory-v1`, seeded with `seedV1`.
    static func makeV1Store(at path: String) throws {
        let pool = try StoreSetup.open(path: path, migrations: { _ in })
        var migrator = DatabaseMigrator()
        InventoryStore.migrate(&migrator)
        try migrator.migrate(pool, upTo: "inventory-v1")
        try pool.write(seedV1)
        try pool.close()
    }

    /// Every `reservation` row, every column as text.
    static func rows(_ inventory: InventoryHarness) throws -> [[String?]] {
        try inventory.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT orderID, listingID, sku, CAST(quantity AS TEXT) AS quantity, idempotencyKey,
                        CAST(expiresAtMs AS TEXT) AS expiresAtMs, state, releaseReason
                    FROM reservation ORDER BY orderID
                    """
            ).map { row in row.columnNames.map { name -> String? in row[name] } }
        }
    }

    @Test func everyV1ReservationReadsBackWithNoKeyAndTheServiceCarriesOn() async throws {
        // Given the service opens a v1 store with two pending reservations and a released one
        let inventory = try InventoryHarness(prepare: Self.makeV1Store)
        let expiry = "\(DomainTime.milliseconds(InventoryFixture.t(seconds: 120)))"

        // Then every row reads back as it was, with no key, and the key is unique where set
        #expect(
            try Self.rows(inventory) == [
                ["ord_gone", "lst_1", "TEE-L", "1", nil, expiry, "released", "expired"],
                ["ord_orphan", "lst_1", "TEE-M", "2", nil, expiry, "pending", nil],
                ["ord_placed", "lst_1", "TEE-M", "2", nil, expiry, "pending", nil],
            ])
        let index = try #require(
            try inventory.read { db in try db.indexes(on: "reservation") }.first {
                $0.name == "reservationByIdempotencyKey"
            })
        #expect(index.isUnique && index.columns == ["idempotencyKey"])
        #expect(try await inventory.units() == [6, 4, 0])

        // When one pending order is placed, a new placement reserves under its key and its retry comes, and the
        // other's time runs out
        try inventory.deliver(InventoryFixture.placed("ord_placed", quantity: 2), correlation: "ord_placed")
        _ = try await inventory.reserve("ord_new", quantity: 1, ttl: 600, key: "checkout-new")
        #expect(
            try await inventory.reserve("ord_retry", quantity: 1, ttl: 600, key: "checkout-new").orderID == "ord_new")
        try inventory.advance(to: InventoryFixture.t(seconds: 120))

        // Then the old reservations behave as before and the new one keeps its key
        #expect(
            try Self.rows(inventory).map { [$0[0], $0[4], $0[6]] } == [
                ["ord_gone", nil, "released"], ["ord_new", "checkout-new", "pending"],
                ["ord_orphan", nil, "released"], ["ord_placed", nil, "firm"],
            ])
        #expect(try await inventory.units() == [7, 3, 0])
        #expect(try inventory.deadLetters().isEmpty)
    }
}
