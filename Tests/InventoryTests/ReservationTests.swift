import Contracts
import Foundation
import Inventory
import Testing

/// R2: reservations never oversell, are idempotent on the order id, and give stock back; the orphan of a
/// placement that never committed expires.
struct ReservationTests {
    @Test func aReservationMovesUnitsFromAvailableToReserved() throws {
        // Given 5 TEE-M available
        var listing = try InventoryFixture.listing()
        let totals = InventoryFixture.totals(listing)

        // When an order reserves 2
        let (reservation, events) = try listing.reserve(
            orderID: "ord_1", sku: "TEE-M", quantity: 2, at: InventoryFixture.t0, ttl: InventoryFixture.ttl)

        // Then 3 are available, 2 reserved, pending until the TTL, and the fact says so
        #expect(listing.variation("TEE-M")?.available == 3 && listing.variation("TEE-M")?.reserved == 2)
        #expect(reservation.state == .pending && reservation.expiresAt == InventoryFixture.t(2))
        #expect(events.map(\.eventType) == ["stock.reserved"])
        InventoryFixture.expectInvariants(listing, totals: totals)
    }

    @Test func theLastUnitsMakeTheVariationSoldOutAndReleaseBringsItBack() throws {
        // Given 3 TEE-L available
        var listing = try InventoryFixture.listing()
        let totals = InventoryFixture.totals(listing)

        // When an order takes all 3, then TEE-L is Sold Out (but not the whole listing)
        let reserved = try listing.reserve(
            orderID: "ord_1", sku: "TEE-L", quantity: 3, at: InventoryFixture.t0, ttl: 60)
        #expect(reserved.events.compactMap(\.soldOutCrossing) == ["sold_out TEE-L"])
        #expect(listing.variation("TEE-L")?.isSoldOut == true && !listing.isSoldOut)

        // And a further order is refused as sold out, changing nothing
        let soldOut = listing
        #expect(throws: StockError.soldOut(sku: "TEE-L")) {
            try listing.reserve(orderID: "ord_2", sku: "TEE-L", quantity: 1, at: InventoryFixture.t0, ttl: 60)
        }
        #expect(listing == soldOut)

        // When the first order is cancelled, then the units come back
        let released = try listing.release(orderID: "ord_1", reason: .cancelled, at: InventoryFixture.t(1))
        #expect(released.map(\.eventType) == ["stock.released", "listing.back_in_stock"])
        #expect(released.compactMap(\.soldOutCrossing) == ["back_in_stock TEE-L 3"])
        InventoryFixture.expectInvariants(listing, totals: totals)
    }

    @Test func aRetriedReservationReturnsTheFirstAndReservesNothingMore() throws {
        // Given an order that reserved 2 TEE-M
        var listing = try InventoryFixture.listing()
        let first = try listing.reserve(orderID: "ord_1", sku: "TEE-M", quantity: 2, at: InventoryFixture.t0, ttl: 60)
        let afterFirst = listing

        // When the placement RPC is retried, then it gets the same reservation, no fact, and no more units
        let retry = try listing.reserve(
            orderID: "ord_1", sku: "TEE-M", quantity: 2, at: InventoryFixture.t(1), ttl: 60)
        #expect(retry.reservation == first.reservation && retry.events.isEmpty)
        #expect(listing == afterFirst)

        // And a retry that asks for something else is refused
        let mismatch = StockError.reservationMismatch(
            "ord_1", reserved: 2, of: "TEE-M", requested: 3, ofRequested: "TEE-L")
        #expect(throws: mismatch) {
            try listing.reserve(orderID: "ord_1", sku: "TEE-L", quantity: 3, at: InventoryFixture.t(1), ttl: 60)
        }
        #expect(mismatch.description == "Order ord_1 already reserved 2 of TEE-M; a retry cannot ask for 3 of TEE-L.")
    }

    @Test func anUnconfirmedReservationExpiresAndAConfirmedOneDoesNot() throws {
        // Given two pending reservations with a 2-minute TTL, one confirmed by `order.placed`
        var listing = try InventoryFixture.listing()
        let totals = InventoryFixture.totals(listing)
        _ = try listing.reserve(orderID: "ord_1", sku: "TEE-M", quantity: 2, at: InventoryFixture.t0, ttl: 120)
        _ = try listing.reserve(orderID: "ord_2", sku: "TEE-M", quantity: 1, at: InventoryFixture.t0, ttl: 120)
        #expect(
            try listing.confirm(orderID: "ord_2", at: InventoryFixture.t(1)).map(\.eventType) == ["stock.confirmed"])

        // When the clock passes minute 1, nothing is due; at minute 2 the orphan is released
        #expect(listing.expirePending(at: InventoryFixture.t(1)).expired.isEmpty)
        let (expired, events) = listing.expirePending(at: InventoryFixture.t(2))

        // Then only the unconfirmed one went back
        #expect(expired.map(\.orderID) == ["ord_1"] && expired.first?.state == .released(reason: .expired))
        #expect(events.map(\.eventType) == ["stock.released"])
        #expect(listing.variation("TEE-M")?.available == 4 && listing.reservations["ord_2"]?.state == .firm)
        InventoryFixture.expectInvariants(listing, totals: totals)
    }

    @Test func anOrderPlacedAfterItsReservationExpiredTakesTheUnitsAgainIfTheyAreThere() throws {
        // Given a reservation of 2 that expired before `order.placed` arrived
        var listing = try InventoryFixture.listing()
        let totals = InventoryFixture.totals(listing)
        _ = try listing.reserve(orderID: "ord_1", sku: "TEE-M", quantity: 2, at: InventoryFixture.t0, ttl: 60)
        _ = listing.expirePending(at: InventoryFixture.t(5))

        // When the order is confirmed, then it holds its units again
        let events = try listing.confirm(orderID: "ord_1", at: InventoryFixture.t(6))
        #expect(events.map(\.eventType) == ["stock.confirmed"])
        #expect(listing.reservations["ord_1"]?.state == .firm && listing.variation("TEE-M")?.reserved == 2)
        InventoryFixture.expectInvariants(listing, totals: totals)

        // Given another expired reservation whose units were taken meanwhile
        _ = try listing.reserve(orderID: "ord_2", sku: "TEE-L", quantity: 2, at: InventoryFixture.t(6), ttl: 60)
        _ = listing.expirePending(at: InventoryFixture.t(8))
        _ = try listing.reserve(orderID: "ord_3", sku: "TEE-L", quantity: 2, at: InventoryFixture.t(8), ttl: 60)

        // When it is confirmed, then it is refused and nothing changes
        let before = listing
        #expect(throws: StockError.reservationExpired("ord_2", sku: "TEE-L", quantity: 2, available: 1)) {
            try listing.confirm(orderID: "ord_2", at: InventoryFixture.t(9))
        }
        #expect(listing == before)
    }

    @Test func soldUnitsLeaveReservedAndCannotBeReleased() throws {
        // Given a firm reservation of 2
        var listing = try InventoryFixture.listing()
        let totals = InventoryFixture.totals(listing)
        _ = try listing.reserve(orderID: "ord_1", sku: "TEE-M", quantity: 2, at: InventoryFixture.t0, ttl: 60)
        _ = try listing.confirm(orderID: "ord_1", at: InventoryFixture.t0)

        // When its purchase order goes out, twice
        #expect(try listing.markSold(orderID: "ord_1", at: InventoryFixture.t(1)).map(\.eventType) == ["stock.sold"])
        #expect(try listing.markSold(orderID: "ord_1", at: InventoryFixture.t(2)).isEmpty)

        // Then 2 are sold and none reserved, and the units cannot go back
        #expect(listing.variation("TEE-M")?.sold == 2 && listing.variation("TEE-M")?.reserved == 0)
        #expect(throws: StockError.alreadySold("ord_1", sku: "TEE-M", quantity: 2)) {
            try listing.release(orderID: "ord_1", reason: .cancelled, at: InventoryFixture.t(3))
        }
        InventoryFixture.expectInvariants(listing, totals: totals)
    }

    @Test(arguments: ReleaseReason.allCases)
    func aRepeatedReleaseChangesNothing(reason: ReleaseReason) throws {
        // Given a reservation released once
        var listing = try InventoryFixture.listing()
        _ = try listing.reserve(orderID: "ord_1", sku: "TEE-M", quantity: 2, at: InventoryFixture.t0, ttl: 60)
        _ = try listing.release(orderID: "ord_1", reason: reason, at: InventoryFixture.t(1))
        let once = listing

        // When the same release arrives again, then nothing changes
        #expect(try listing.release(orderID: "ord_1", reason: reason, at: InventoryFixture.t(2)).isEmpty)
        #expect(listing == once)
    }

    /// Each row: an operation on a listing holding `ord_1` (2 TEE-M, released as cancelled) and `ord_2`
    /// (3 TEE-M, pending) with 2 TEE-M left, the error it must throw, and its sentence.
    static let refusals: [Refusal] = [
        Refusal(
            "reserve 4 TEE-M", { try $0.reserve(orderID: "ord_3", sku: "TEE-M", quantity: 4, at: $1, ttl: 60) },
            .insufficient(sku: "TEE-M", requested: 4, available: 2), "Only 2 of TEE-M available; 4 requested."),
        Refusal(
            "reserve TEE-XL", { try $0.reserve(orderID: "ord_3", sku: "TEE-XL", quantity: 1, at: $1, ttl: 60) },
            .unknownSKU("TEE-XL"), "The listing has no variation TEE-XL."),
        Refusal(
            "reserve 0 TEE-M", { try $0.reserve(orderID: "ord_3", sku: "TEE-M", quantity: 0, at: $1, ttl: 60) },
            .invalidQuantity(sku: "TEE-M", quantity: 0), "Cannot reserve 0 of TEE-M; the quantity must be at least 1."),
        Refusal(
            "reserve 11 TEE-M", { try $0.reserve(orderID: "ord_3", sku: "TEE-M", quantity: 11, at: $1, ttl: 60) },
            .aboveLimit(sku: "TEE-M", quantity: 11, limit: 10), "Cannot reserve 11 of TEE-M; the per-order limit is 10."
        ),
        Refusal(
            "reserve on an inactive listing",
            {
                $0.isActive = false
                return try $0.reserve(orderID: "ord_3", sku: "TEE-M", quantity: 1, at: $1, ttl: 60)
            },
            .inactiveListing("lst_1"), "Listing lst_1 is not active; it cannot be ordered."),
        Refusal(
            "confirm an unknown order", { try $0.confirm(orderID: "ord_9", at: $1) }, .noReservation("ord_9"),
            "Order ord_9 has no reservation on this listing."),
        Refusal(
            "confirm a cancelled order", { try $0.confirm(orderID: "ord_1", at: $1) },
            .reservationReleased("ord_1", .cancelled),
            "Order ord_1's reservation was released (cancelled); it cannot be confirmed or sold."),
        Refusal(
            "sell a cancelled order", { try $0.markSold(orderID: "ord_1", at: $1) },
            .reservationReleased("ord_1", .cancelled),
            "Order ord_1's reservation was released (cancelled); it cannot be confirmed or sold."),
        Refusal(
            "release an unknown order", { try $0.release(orderID: "ord_9", reason: .declined, at: $1) },
            .noReservation("ord_9"), "Order ord_9 has no reservation on this listing."),
        Refusal(
            "sell an unknown order", { try $0.markSold(orderID: "ord_9", at: $1) }, .noReservation("ord_9"),
            "Order ord_9 has no reservation on this listing."),
    ]

    @Test(arguments: refusals)
    func aRefusedOperationThrowsItsSentenceAndChangesNothing(refusal: Refusal) throws {
        // Given a listing with a released and a pending reservation, 2 TEE-M left
        var listing = try InventoryFixture.listing(["TEE-M": 5])
        _ = try listing.reserve(orderID: "ord_1", sku: "TEE-M", quantity: 2, at: InventoryFixture.t0, ttl: 60)
        _ = try listing.release(orderID: "ord_1", reason: .cancelled, at: InventoryFixture.t0)
        _ = try listing.reserve(orderID: "ord_2", sku: "TEE-M", quantity: 3, at: InventoryFixture.t0, ttl: 60)

        // When the operation is tried, then it throws the row's error and the units are unchanged
        let before = listing
        #expect(throws: refusal.error) { try refusal.attempt(&listing, InventoryFixture.t(1)) }
        #expect(refusal.error.description == refusal.message)
        #expect(listing.variations == before.variations && listing.reservations == before.reservations)
    }
}

/// An operation that must be refused, with its error and sentence.
struct Refusal: Sendable, CustomTestStringConvertible {
    let name: String
    let attempt: @Sendable (inout Listing, Date) throws -> Any
    let error: StockError
    let message: String

    init(
        _ name: String, _ attempt: @escaping @Sendable (inout Listing, Date) throws -> Any,
        _ error: StockError, _ message: String
    ) {
        self.name = name
        self.attempt = attempt
        self.error = error
        self.message = message
    }

    var testDescription: String { name }
}
