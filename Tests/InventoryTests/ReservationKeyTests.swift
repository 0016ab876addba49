import Contracts
import Foundation
import Inventory
import Testing

/// R2, the domain alone: a reservation is idempotent on its placement's idempotency key as well as on its order
/// id. The key's reservation answers a retry under its own order id; a key asking for something else is refused.
struct ReservationKeyTests {
    static let key = "checkout-7f3a"

    /// A listing holding a reservation of 2 TEE-M for ord_1 under `key`, made at `t0` for 2 minutes.
    static func reserved() throws -> Listing {
        var listing = try InventoryFixture.listing()
        _ = try listing.reserve(
            orderID: "ord_1", idempotencyKey: key, sku: "TEE-M", quantity: 2, at: InventoryFixture.t0,
            ttl: InventoryFixture.ttl)
        return listing
    }

    @Test func aRetryUnderTheKeyReturnsTheReservationUnderItsOwnOrderID() throws {
        // Given the key's reservation
        var listing = try Self.reserved()
        let before = listing
        let first = try #require(listing.reservations["ord_1"])
        #expect(first.idempotencyKey == Self.key)

        // When a retry with a new order id reserves the same under the key, then it is the same reservation
        let retry = try listing.reserve(
            orderID: "ord_2", idempotencyKey: Self.key, sku: "TEE-M", quantity: 2, at: InventoryFixture.t(1), ttl: 60)
        #expect(retry.reservation == first && retry.reservation.orderID == "ord_1" && retry.events.isEmpty)
        #expect(listing == before)
    }

    @Test(arguments: [("TEE-M", 3), ("TEE-L", 2)])
    func aKeyAskingForAnotherSKUOrQuantityIsRefused(sku: String, quantity: Int) throws {
        var listing = try Self.reserved()
        let before = listing
        let refusal = StockError.idempotencyKeyReused(
            Self.key, orderID: "ord_1", reserved: 2, of: "TEE-M", requested: quantity, ofRequested: sku)
        #expect(throws: refusal) {
            try listing.reserve(
                orderID: "ord_2", idempotencyKey: Self.key, sku: sku, quantity: quantity, at: InventoryFixture.t(1),
                ttl: 60)
        }
        #expect(listing == before)
        #expect(
            refusal.description == "Idempotency key checkout-7f3a already reserved 2 of TEE-M for order ord_1; "
                + "a request with that key cannot ask for \(quantity) of \(sku).")
    }

    @Test func anExpiredKeyedReservationIsTakenAgainForTheSameOrder() throws {
        // Given the key's reservation expired
        var listing = try Self.reserved()
        let totals = InventoryFixture.totals(listing)
        _ = listing.expirePending(at: InventoryFixture.t(2))
        #expect(listing.variation("TEE-M")?.available == 5)

        // When the retry reserves under the key, then ord_1 holds the units again, pending until a new expiry
        let retry = try listing.reserve(
            orderID: "ord_2", idempotencyKey: Self.key, sku: "TEE-M", quantity: 2, at: InventoryFixture.t(3), ttl: 60)
        #expect(retry.reservation.orderID == "ord_1" && retry.reservation.state == .pending)
        #expect(retry.reservation.expiresAt == InventoryFixture.t(4))
        #expect(retry.events.map(\.eventType) == ["stock.reserved"])
        #expect(listing.reservations.keys.sorted { $0.rawValue < $1.rawValue } == ["ord_1"])
        #expect(listing.variation("TEE-M")?.available == 3)
        InventoryFixture.expectInvariants(listing, totals: totals)
    }

    @Test func aKeyedReservationWhoseOrderEndedIsReturnedWithoutTakingUnits() throws {
        // Given the key's order was placed, then cancelled
        var listing = try Self.reserved()
        _ = try listing.confirm(orderID: "ord_1", at: InventoryFixture.t(1))
        _ = try listing.release(orderID: "ord_1", reason: .cancelled, at: InventoryFixture.t(2))
        let before = listing

        // When a late retry reserves under the key, then the released reservation answers and nothing moves
        let retry = try listing.reserve(
            orderID: "ord_2", idempotencyKey: Self.key, sku: "TEE-M", quantity: 2, at: InventoryFixture.t(3), ttl: 60)
        #expect(retry.reservation.orderID == "ord_1" && retry.reservation.state == .released(reason: .cancelled))
        #expect(retry.events.isEmpty && listing == before)
    }

    @Test func aFirmOrSoldKeyedReservationIsReturnedAsItIs() throws {
        var listing = try Self.reserved()
        _ = try listing.confirm(orderID: "ord_1", at: InventoryFixture.t(1))
        let firm = try listing.reserve(
            orderID: "ord_2", idempotencyKey: Self.key, sku: "TEE-M", quantity: 2, at: InventoryFixture.t(2), ttl: 60)
        #expect(firm.reservation.state == .firm && firm.events.isEmpty)
        _ = try listing.markSold(orderID: "ord_1", at: InventoryFixture.t(3))
        let sold = try listing.reserve(
            orderID: "ord_3", idempotencyKey: Self.key, sku: "TEE-M", quantity: 2, at: InventoryFixture.t(4), ttl: 60)
        #expect(sold.reservation.state == .sold && sold.reservation.orderID == "ord_1" && sold.events.isEmpty)
        #expect(listing.variation("TEE-M").map { [$0.available, $0.reserved, $0.sold] } == [3, 0, 2])
    }
}
