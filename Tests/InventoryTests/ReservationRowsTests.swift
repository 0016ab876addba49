import Contracts
import Foundation
import GRDB
import Inventory
import TestSupport
import Testing

/// R2: the reservation operations write only the rows they change, column by column, and read them back by
/// name: what is stored is what the next operation sees.
struct ReservationRowsTests {
    /// The `reservation` row of `orderID`: listing, SKU, quantity, expiry (ms), state, release reason.
    static func row(_ inventory: InventoryHarness, _ orderID: OrderID) throws -> [String?] {
        let row = try #require(
            try inventory.store.read {
                try Row.fetchOne(
                    $0,
                    sql: """
                        SELECT listingID, sku, CAST(quantity AS TEXT) AS quantity,
                            CAST(expiresAtMs AS TEXT) AS expiresAtMs, state, releaseReason
                        FROM reservation WHERE orderID = ?
                        """,
                    arguments: [orderID.rawValue])
            })
        return ["listingID", "sku", "quantity", "expiresAtMs", "state", "releaseReason"].map { row[$0] }
    }

    /// `time` in milliseconds, as the store keeps it.
    static func milliseconds(_ time: Date) -> String { "\(Int64((time.timeIntervalSince1970 * 1000).rounded()))" }

    @Test func everyReservationColumnRoundTripsThroughEachOperation() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()
        let expiry = InventoryFixture.t(seconds: 120)

        // A reservation is inserted pending, and a retry reads it back whole (same expiry, no new units)
        let first = try await inventory.reserve("ord_1", quantity: 2)
        #expect(try Self.row(inventory, "ord_1") == ["lst_1", "TEE-M", "2", Self.milliseconds(expiry), "pending", nil])
        #expect(try await inventory.reserve("ord_1", quantity: 2).expiresAt == first.expiresAt)
        #expect(first.expiresAt == expiry)
        #expect(try await inventory.units() == [8, 2, 0])

        // Expired, it is released with its reason
        try inventory.advance(to: InventoryFixture.t(seconds: 121))
        #expect(
            try Self.row(inventory, "ord_1") == [
                "lst_1", "TEE-M", "2", Self.milliseconds(expiry), "released", "expired",
            ])
        #expect(try await inventory.units() == [10, 0, 0])

        // Reserved again for another SKU and quantity, the same row takes them
        let again = try await inventory.reserve("ord_1", sku: "TEE-L", quantity: 1)
        #expect(
            try Self.row(inventory, "ord_1") == [
                "lst_1", "TEE-L", "1", Self.milliseconds(again.expiresAt), "pending", nil,
            ])
        #expect(try await inventory.units("TEE-L") == [2, 1, 0])
        #expect(try await inventory.units() == [10, 0, 0])

        // Placed, it is firm; cancelled, released with the cancellation's reason
        try inventory.deliver(InventoryFixture.placed("ord_1", sku: "TEE-L", quantity: 1), correlation: "ord_1")
        #expect(try Self.row(inventory, "ord_1")[4] == "firm")
        try inventory.deliver(
            OrderCancelled(orderID: "ord_1", cause: .customerCancelled, at: InventoryFixture.t0), correlation: "ord_1")
        #expect(try Self.row(inventory, "ord_1")[4...] == ["released", "cancelled"])
        #expect(try await inventory.units("TEE-L") == [3, 0, 0])
        #expect(try inventory.deadLetters().isEmpty)
    }

    @Test func operationsWriteOnlyTheRowsTheyChange() async throws {
        // Given the catalogue, and a count of every write to the listing's tables on the store's writer
        let inventory = try InventoryHarness()
        try await inventory.load()
        try await inventory.store.write { db in
            try db.execute(sql: "CREATE TEMP TABLE writes(target TEXT NOT NULL)")
            for table in ["listing", "variation", "supplierStock", "reservation"] {
                for operation in ["INSERT", "UPDATE", "DELETE"] {
                    try db.execute(
                        sql: """
                            CREATE TEMP TRIGGER \(table)\(operation) AFTER \(operation) ON main.\(table)
                            BEGIN INSERT INTO writes VALUES('\(table) \(operation)'); END
                            """)
                }
            }
        }
        func writes() async throws -> [String] {
            try await inventory.store.write { db in
                defer { _ = try? db.execute(sql: "DELETE FROM writes") }
                return try String.fetchAll(db, sql: "SELECT target FROM writes ORDER BY target")
            }
        }
        // When an order reserves, then one variation's units change and one reservation is inserted
        _ = try await inventory.reserve("ord_1", quantity: 2)
        #expect(try await writes() == ["reservation INSERT", "variation UPDATE"])
        // When it is placed, then only the reservation turns firm
        try inventory.deliver(InventoryFixture.placed("ord_1", quantity: 2), correlation: "ord_1")
        #expect(try await writes() == ["reservation UPDATE"])
        // When it is cancelled, then the units go back and the reservation is released
        try inventory.deliver(
            OrderCancelled(orderID: "ord_1", cause: .customerCancelled, at: InventoryFixture.t0), correlation: "ord_1")
        #expect(try await writes() == ["reservation UPDATE", "variation UPDATE"])
        #expect(try await inventory.units() == [10, 0, 0])
    }
}
