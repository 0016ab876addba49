import Contracts
import Foundation
import GRDB
import ServiceKit
import TestSupport
import Testing

@testable import Orders

/// docs/architecture.md §3 ("every migration versioned"): `orders-v4` adds the request fingerprint to the
/// idempotency keys of a v3 store, keeping each key's answer. A key recorded before it kept no fingerprint, so it
/// answers its retries as v3 did; every key recorded after it keeps the fingerprint of the request it answered.
struct IdempotencyFingerprintMigrationTests {
    static let key = "checkout-v3"

    /// Leaves at `path` a store migrated up to `orders-v3` holding an order placed with `key`, its answer stored
    /// as v3 stored it; returns that answer.
    @discardableResult
    static func makeV3Store(at path: String) throws -> OrderSummary {
        let pool = try StoreSetup.open(path: path, migrations: { _ in })
        var migrator = DatabaseMigrator()
        OrdersStore.migrate(&migrator)
        try migrator.migrate(pool, upTo: "orders-v3")
        let order = try StoreFixtures.placed("ord_v3")
        let answer = OrderSummary(order)
        try pool.write { db in
            // Today's records write the timeline's `orders-v5` columns: they are there for the insert only, and the
            // store is left in its v3 shape.
            try db.execute(
                sql: "ALTER TABLE orderTimeline ADD COLUMN note TEXT; ALTER TABLE orderTimeline ADD COLUMN scan TEXT")
            try OrderRecords.insert(order, in: db)
            try db.execute(
                sql: "ALTER TABLE orderTimeline DROP COLUMN note; ALTER TABLE orderTimeline DROP COLUMN scan")
            try db.execute(
                sql: "INSERT INTO idempotencyKey(key, orderID, response, createdAtMs) VALUES(?, ?, ?, ?)",
                arguments: [
                    key, order.id.rawValue, try StoreCoding.encoder.encode(answer),
                    DomainTime.milliseconds(ServiceFixtures.t0),
                ])
        }
        try pool.close()
        return answer
    }

    @Test("orders-v4 keeps every key's answer of a v3 store, with no fingerprint, and the order as it was")
    func keysKeepTheirAnswers() throws {
        // Given a v3 store with an order and its key's answer
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.file("orders.sqlite")
        let answer = try Self.makeV3Store(at: path)

        // When it is migrated to the latest version
        let pool = try StoreSetup.open(path: path, migrations: OrdersStore.migrate)
        defer { try? pool.close() }

        // Then the key reads back with its answer and no fingerprint, and the order is unchanged
        try pool.read { db throws in
            let stored = try #require(try IdempotencyKeyRecords.answer(for: Self.key, in: db))
            #expect(try StoreCoding.decoder.decode(OrderSummary.self, from: stored.response) == answer)
            #expect(stored.requestFingerprint == nil)
            #expect(try OrderRecords.find("ord_v3", in: db) == (try StoreFixtures.placed("ord_v3")))
            #expect(
                try OrdersColumnsMigrationTests.appliedMigrations(db).suffix(3) == [
                    "orders-v3", "orders-v4", "orders-v5",
                ])
            #expect(try db.columns(in: "idempotencyKey").map(\.name).last == "requestFingerprint")
        }
    }

    @Test("R1: after the upgrade, a v3 key answers its retry as before, and a new key keeps its request's fingerprint")
    func serviceCarriesOn() async throws {
        // Given the service opens the v3 store
        let harness = try OrdersHarness(prepare: { path in try Self.makeV3Store(at: path) })
        let first = try #require(
            try harness.read { db in try IdempotencyKeyRecords.answer(for: Self.key, in: db) }.map {
                try StoreCoding.decoder.decode(OrderSummary.self, from: $0.response)
            })

        // When the client retries under the v3 key, then it gets the stored answer and nothing is reserved or stored
        let retry = try await harness.place(ServiceFixtures.request(idempotencyKey: Self.key))
        #expect(retry == first)
        #expect(try harness.count("order") == 1 && harness.reserver.reservations.isEmpty)

        // When a new key places an order, then its row keeps the 32-byte SHA-256 of the request
        let request = ServiceFixtures.request(idempotencyKey: "checkout-v4")
        let placed = try await harness.place(request)
        let fingerprint = try harness.read { db in
            try IdempotencyKeyRecords.answer(for: "checkout-v4", in: db)?.requestFingerprint
        }
        let expected = try request.fingerprint
        #expect(fingerprint == expected && expected.count == 32)
        #expect(placed.orderID != first.orderID)
    }
}
