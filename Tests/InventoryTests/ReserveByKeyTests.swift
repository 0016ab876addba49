import Contracts
import Foundation
import GRDB
import Inventory
import ServiceKit
import TestSupport
import Testing

/// R2, docs/architecture.md §2, through the service on a real store: `inventory.reserve` is idempotent on the
/// placement's idempotency key, so that a placement retried after its first attempt died between reserving and
/// storing its order (the retry brings a new order id) reserves once, under the first attempt's order id.
@Suite(.timeLimit(.minutes(1)))
struct ReserveByKeyTests {
    static let key = "checkout-7f3a"

    /// Every `reservation` row: order, key, state.
    static func rows(_ inventory: InventoryHarness) throws -> [[String?]] {
        try inventory.read { db in
            try Row.fetchAll(db, sql: "SELECT orderID, idempotencyKey, state FROM reservation ORDER BY orderID").map {
                row -> [String?] in
                [row["orderID"], row["idempotencyKey"], row["state"]]
            }
        }
    }

    /// The ids of the pending expiry timers.
    static func expiryTimers(_ inventory: InventoryHarness) throws -> [String] {
        try inventory.pendingTimers().filter { $0.kind == "reservation.expire" }.map(\.id)
    }

    @Test func aRetryUnderTheKeyGetsTheFirstAttemptsReservationAndOrderID() async throws {
        // Given a placement's first attempt reserved 2 TEE-M for ord_1 under its key, and never stored its order
        let inventory = try InventoryHarness()
        try await inventory.load()
        let first = try await inventory.reserve("ord_1", quantity: 2, key: Self.key)

        // When the retry reserves the same under the same key, for the new order id it made
        try inventory.advance(to: InventoryFixture.t(seconds: 30))
        let retry = try await inventory.reserve("ord_2", quantity: 2, key: Self.key)

        // Then it gets the first reservation, naming ord_1; nothing more is reserved, published or scheduled
        #expect(retry == first && retry.orderID == "ord_1")
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try inventory.published(StockReserved.self).map(\.orderID) == ["ord_1"])
        #expect(try Self.rows(inventory) == [["ord_1", Self.key, "pending"]])
        #expect(try Self.expiryTimers(inventory) == ["reservation.expire:ord_1"])

        // When the order is stored under ord_1 and placed, then the reservation is firm, and a late retry still
        // gets it, reserving nothing
        try inventory.deliver(InventoryFixture.placed("ord_1", quantity: 2), correlation: "ord_1")
        let late = try await inventory.reserve("ord_3", quantity: 2, key: Self.key)
        #expect(late.orderID == "ord_1")
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try Self.rows(inventory) == [["ord_1", Self.key, "firm"]])
        #expect(try Self.expiryTimers(inventory).isEmpty)
    }

    @Test func concurrentRetriesUnderOneKeyReserveOnce() async throws {
        // Given 10 TEE-M
        let inventory = try InventoryHarness()
        try await inventory.load()

        // When 20 attempts of one placement reserve 2 at once, each with its own order id
        let answers = try await withThrowingTaskGroup(of: OrderID.self) { group in
            for attempt in 1...20 {
                group.addTask {
                    try await inventory.reserve(OrderID(rawValue: "ord_\(attempt)"), quantity: 2, key: Self.key).orderID
                }
            }
            return try await group.reduce(into: Set<OrderID>()) { $0.insert($1) }
        }

        // Then every attempt got the one reservation, and 2 units were taken once
        #expect(answers.count == 1)
        let orderID = try #require(answers.first)
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try inventory.published(StockReserved.self).map(\.orderID) == [orderID])
        #expect(try Self.rows(inventory) == [[orderID.rawValue, Self.key, "pending"]])
    }

    /// Requests under the key that reserved 2 TEE-M of `lst_1`, each asking for something else.
    static let otherRequests: [(String, ReserveStockRequest)] = [
        (
            "another quantity",
            ReserveStockRequest(
                orderID: "ord_2", listingID: "lst_1", sku: "TEE-M", quantity: 3, ttlSeconds: 120, idempotencyKey: key)
        ),
        (
            "another SKU",
            ReserveStockRequest(
                orderID: "ord_2", listingID: "lst_1", sku: "TEE-L", quantity: 2, ttlSeconds: 120, idempotencyKey: key)
        ),
        (
            "another listing",
            ReserveStockRequest(
                orderID: "ord_2", listingID: "lst_2", sku: "TEE-M", quantity: 2, ttlSeconds: 120, idempotencyKey: key)
        ),
    ]

    @Test(arguments: 0..<otherRequests.count)
    func aKeyReusedForSomethingElseIsAConflictAndReservesNothing(_ index: Int) async throws {
        // Given the key reserved 2 TEE-M of lst_1, and a second listing exists
        let inventory = try InventoryHarness()
        var second = InventoryFixture.listingRecord()
        second.id = "lst_2"
        try await inventory.load(InventoryFixture.catalog([InventoryFixture.listingRecord(), second]))
        _ = try await inventory.reserve("ord_1", quantity: 2, key: Self.key)
        let published = try inventory.publishedTypes()

        // When the key asks for something else, then it is refused on the key, naming the first order
        let (name, request) = Self.otherRequests[index]
        let refusal = try await inventory.refusal("inventory.reserve", request)
        #expect(refusal.code == "conflict" && refusal.field == "idempotencyKey", "\(name): \(refusal)")
        #expect(refusal.message.contains("ord_1"), "\(name): \(refusal.message)")

        // And nothing was reserved, published or scheduled
        #expect(try inventory.publishedTypes() == published)
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try await inventory.units("TEE-L") == [3, 0, 0])
        #expect(try await inventory.units(listing: "lst_2") == [10, 0, 0])
        #expect(try Self.rows(inventory) == [["ord_1", Self.key, "pending"]])
        #expect(try Self.expiryTimers(inventory) == ["reservation.expire:ord_1"])
    }

    @Test func anExpiredFirstReservationIsReservedAgainForItsOrder() async throws {
        // Given the first attempt's reservation expired after 60 s
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 2, ttl: 60, key: Self.key)
        try inventory.advance(to: InventoryFixture.t(seconds: 60))
        #expect(try await inventory.units() == [10, 0, 0])
        #expect(try Self.rows(inventory) == [["ord_1", Self.key, "released"]])

        // When the retry reserves under the key, then the units are reserved again for ord_1, with a new expiry
        let retry = try await inventory.reserve("ord_2", quantity: 2, ttl: 60, key: Self.key)
        #expect(retry.orderID == "ord_1" && retry.expiresAt == InventoryFixture.t(seconds: 120))
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try Self.rows(inventory) == [["ord_1", Self.key, "pending"]])
        #expect(try Self.expiryTimers(inventory) == ["reservation.expire:ord_1"])
        #expect(try inventory.published(StockReserved.self).map(\.orderID) == ["ord_1", "ord_1"])

        // And the order placed under ord_1 confirms it
        try inventory.deliver(InventoryFixture.placed("ord_1", quantity: 2), correlation: "ord_1")
        #expect(try Self.rows(inventory) == [["ord_1", Self.key, "firm"]])
        #expect(try inventory.deadLetters().isEmpty)
    }

    @Test func anExpiredFirstReservationWhoseUnitsWentIsRefusedAsForAnyone() async throws {
        // Given the first attempt's reservation of the 3 TEE-L expired, and another placement took them
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", sku: "TEE-L", quantity: 3, ttl: 60, key: Self.key)
        try inventory.advance(to: InventoryFixture.t(seconds: 60))
        _ = try await inventory.reserve("ord_other", sku: "TEE-L", quantity: 3, key: "checkout-other")
        let published = try inventory.publishedTypes()

        // When the retry reserves under the key, then it is sold out, and nothing changes
        let refusal = try await inventory.refusal(
            "inventory.reserve",
            ReserveStockRequest(
                orderID: "ord_2", listingID: "lst_1", sku: "TEE-L", quantity: 3, ttlSeconds: 60,
                idempotencyKey: Self.key))
        #expect(refusal.code == "sold_out" && refusal.field == "quantity")
        #expect(try inventory.publishedTypes() == published)
        #expect(try await inventory.units("TEE-L") == [0, 3, 0])
        #expect(
            try Self.rows(inventory) == [["ord_1", Self.key, "released"], ["ord_other", "checkout-other", "pending"]])
    }

    @Test func aReservationWhoseOrderEndedIsReturnedAndNothingIsReservedAgain() async throws {
        // Given the key's order was placed and then cancelled: its units went back
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 2, key: Self.key)
        try inventory.deliver(InventoryFixture.placed("ord_1", quantity: 2), correlation: "ord_1")
        try inventory.deliver(
            OrderCancelled(orderID: "ord_1", cause: .customerCancelled, at: InventoryFixture.t0), correlation: "ord_1")
        let published = try inventory.publishedTypes()

        // When a late retry of its placement reserves under the key, then it gets ord_1's reservation as it is
        let retry = try await inventory.reserve("ord_2", quantity: 2, key: Self.key)
        #expect(retry.orderID == "ord_1")
        #expect(try await inventory.units() == [10, 0, 0])
        #expect(try inventory.publishedTypes() == published)
        #expect(try Self.rows(inventory) == [["ord_1", Self.key, "released"]])
    }

    @Test func anEmptyKeyIsRefused() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()
        let refusal = try await inventory.refusal(
            "inventory.reserve",
            ReserveStockRequest(
                orderID: "ord_1", listingID: "lst_1", sku: "TEE-M", quantity: 1, ttlSeconds: 60, idempotencyKey: ""))
        #expect(refusal.code == "invalid_request" && refusal.field == "idempotencyKey")
        #expect(try Self.rows(inventory).isEmpty)
    }
}
