import Contracts
import Foundation
import Inventory
import ServiceKit
import TestSupport
import Testing

/// R2 through the service: `inventory.reserve` is idempotent on the order id, refuses as documented, never
/// oversells under concurrency, and a reservation no `order.placed` confirms expires.
struct ReserveRPCTests {
    @Test func aReservationIsPublishedAndExpiresAtItsTTL() async throws {
        // Given 10 TEE-M
        let inventory = try InventoryHarness()
        try await inventory.load()

        // When an order reserves 3 for 120 s
        let result = try await inventory.reserve("ord_1", quantity: 3, ttl: 120)

        // Then the reservation expires at t0 + 120 s, 7 are left, stock.reserved says so, and the expiry is a timer
        #expect(
            result == ReserveStockResult(orderID: "ord_1", expiresAt: InventoryFixture.t(seconds: 120), available: 7))
        #expect(try inventory.published(StockReserved.self).map(\.quantity) == [3])
        #expect(try await inventory.units() == [7, 3, 0])
        let timer = try #require(try inventory.pendingTimers().first { $0.kind == "reservation.expire" })
        #expect(timer.id == "reservation.expire:ord_1" && timer.due == result.expiresAt)
    }

    @Test func aRetryReturnsTheSameReservationAndReservesNothingTwice() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()
        let first = try await inventory.reserve("ord_1", quantity: 2)

        // When the placement retries the same order, later
        try inventory.advance(to: InventoryFixture.t(seconds: 30))
        let retry = try await inventory.reserve("ord_1", quantity: 2)

        // Then it gets the same reservation; nothing more is reserved or published
        #expect(retry.orderID == first.orderID && retry.expiresAt == first.expiresAt && retry.available == 8)
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try inventory.published(StockReserved.self).count == 1)

        // And a retry asking for something else is a conflict, not a second reservation
        let other = try await inventory.refusal(
            "inventory.reserve",
            ReserveStockRequest(orderID: "ord_1", listingID: "lst_1", sku: "TEE-M", quantity: 5, ttlSeconds: 60))
        #expect(other.code == "conflict" && other.field == "orderID")
        #expect(try await inventory.units() == [8, 2, 0])
    }

    @Test func aZeroTTLTakesTheConfiguredDefault() async throws {
        let inventory = try InventoryHarness(settings: InventorySettings(reservationTTLSeconds: 600))
        try await inventory.load()
        let result = try await inventory.reserve("ord_1", ttl: 0)
        #expect(result.expiresAt == InventoryFixture.t(seconds: 600))

        let defaults = try InventoryHarness()
        try await defaults.load()
        #expect(try await defaults.reserve("ord_1", ttl: 0).expiresAt == InventoryFixture.t(seconds: 900))
    }

    /// Each refusal of `ReserveStockRequest`'s documentation, and that it changes nothing.
    @Test(arguments: [
        (
            "sold_out", "quantity",
            ReserveStockRequest(orderID: "ord_x", listingID: "lst_1", sku: "TEE-L", quantity: 1, ttlSeconds: 60)
        ),
        (
            "insufficient_stock", "quantity",
            ReserveStockRequest(orderID: "ord_x", listingID: "lst_1", sku: "TEE-M", quantity: 9, ttlSeconds: 60)
        ),
        (
            "above_limit", "quantity",
            ReserveStockRequest(orderID: "ord_x", listingID: "lst_1", sku: "TEE-M", quantity: 11, ttlSeconds: 60)
        ),
        (
            "not_found", "listingID",
            ReserveStockRequest(orderID: "ord_x", listingID: "lst_nope", sku: "TEE-M", quantity: 1, ttlSeconds: 60)
        ),
        (
            "not_found", "sku",
            ReserveStockRequest(orderID: "ord_x", listingID: "lst_1", sku: "TEE-XXL", quantity: 1, ttlSeconds: 60)
        ),
        (
            "invalid_request", "quantity",
            ReserveStockRequest(orderID: "ord_x", listingID: "lst_1", sku: "TEE-M", quantity: 0, ttlSeconds: 60)
        ),
        (
            "invalid_request", "ttlSeconds",
            ReserveStockRequest(orderID: "ord_x", listingID: "lst_1", sku: "TEE-M", quantity: 1, ttlSeconds: -1)
        ),
    ])
    func refusalsAreDocumentedAndChangeNothing(code: String, field: String, request: ReserveStockRequest) async throws {
        // Given TEE-L sold out (3 reserved) and 8 TEE-M left
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", sku: "TEE-L", quantity: 3)
        _ = try await inventory.reserve("ord_2", sku: "TEE-M", quantity: 2)
        let before = try inventory.publishedTypes()

        // When the request is made, then it is refused with the documented code and field
        let failure = try await inventory.refusal("inventory.reserve", request)
        #expect(failure.code == code && failure.field == field, "\(failure)")

        // And nothing was reserved, published or scheduled
        #expect(try inventory.publishedTypes() == before)
        #expect(try await inventory.units("TEE-M") == [8, 2, 0])
        #expect(try inventory.pendingTimers().filter { $0.id.hasSuffix("ord_x") }.isEmpty)
    }

    @Test func anInactiveListingIsRefused() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load(InventoryFixture.catalog([InventoryFixture.listingRecord(isActive: false)]))
        let failure = try await inventory.refusal(
            "inventory.reserve",
            ReserveStockRequest(orderID: "ord_1", listingID: "lst_1", sku: "TEE-M", quantity: 1, ttlSeconds: 60))
        #expect(failure.code == "inactive" && failure.field == "listingID")
    }

    /// R2: 50 placements race for 10 units through the router; SQLite's single writer serialises them.
    @Test(.timeLimit(.minutes(1)))
    func fiftyConcurrentReservationsNeverOversellTenUnits() async throws {
        // Given 10 TEE-M
        let inventory = try InventoryHarness()
        try await inventory.load(InventoryFixture.catalog([InventoryFixture.listingRecord(stock: ["TEE-M": 10])]))

        // When 50 orders reserve one each, all at once
        let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
            for n in 1...50 {
                group.addTask {
                    do {
                        _ = try await inventory.reserve(OrderID(rawValue: "ord_\(n)"), quantity: 1)
                        return "reserved"
                    } catch let failure as RPCFailure {
                        return failure.code
                    }
                }
            }
            return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        }

        // Then exactly 10 succeed and the other 40 are refused as sold out (or insufficient)
        #expect(outcomes["reserved"] == 10)
        #expect(
            outcomes.filter { $0.key != "reserved" }.keys.allSatisfy {
                ["sold_out", "insufficient_stock"].contains($0)
            })
        #expect(outcomes.values.reduce(0, +) == 50)
        #expect(try await inventory.units() == [0, 10, 0])
        #expect(try inventory.published(StockReserved.self).count == 10)
        #expect(try inventory.published(ListingSoldOut.self).count == 1)
    }

    @Test func theExpiryReleasesAPendingReservationButNotAConfirmedOne() async throws {
        // Given two orders holding 2 TEE-M each for 120 s, one of which is placed
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_orphan", quantity: 2, ttl: 120)
        _ = try await inventory.reserve("ord_placed", quantity: 2, ttl: 120)
        try inventory.deliver(InventoryFixture.placed("ord_placed", quantity: 2), correlation: "ord_placed")

        // When time reaches just before the TTL, then nothing is released
        try inventory.advance(to: InventoryFixture.t(seconds: 119))
        #expect(try inventory.published(StockReleased.self).isEmpty)

        // When the TTL passes, then only the orphan's units come back, as expired
        try inventory.advance(to: InventoryFixture.t(seconds: 120))
        let released = try inventory.published(StockReleased.self)
        #expect(released.map(\.orderID) == ["ord_orphan"] && released.map(\.reason) == [.expired])
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try inventory.pendingTimers().filter { $0.kind == "reservation.expire" }.isEmpty)

        // And much later nothing more happens
        try inventory.advance(to: InventoryFixture.t(seconds: 86_400))
        #expect(try inventory.published(StockReleased.self).count == 1)
    }

    @Test func anExpiredOrderReservesAfreshOnARetry() async throws {
        // Given a reservation that expired
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 2, ttl: 60)
        try inventory.advance(to: InventoryFixture.t(seconds: 60))
        #expect(try await inventory.units() == [10, 0, 0])

        // When the placement retries, then it reserves again with a new expiry timer
        let again = try await inventory.reserve("ord_1", quantity: 2, ttl: 60)
        #expect(again.expiresAt == InventoryFixture.t(seconds: 120))
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try inventory.pendingTimers().contains { $0.id == "reservation.expire:ord_1" })
    }
}
