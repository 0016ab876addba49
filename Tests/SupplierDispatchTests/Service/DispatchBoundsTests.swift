import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams
import TestSupport
import Testing

@testable import SupplierDispatch

/// A partition given a catalogue beyond the bounds, as an Inventory store loaded before them could publish it, or
/// as the partition's own store may hold it from then: it dead-letters or skips, and never traps.
@Suite(.timeLimit(.minutes(1)))
struct DispatchBoundsTests {
    /// Finding 3's listing: its first supplier's product cost and shipping cost are each 2^62 minor units, so that
    /// product × quantity + shipping does not fit in 64 bits.
    static func finding3Listing() -> ListingRecord {
        var listing = DispatchServiceFixtures.listing()
        listing.variations[0].suppliers[0].productCost.minorUnits = 1 << 62
        listing.variations[0].suppliers[0].shippingCost.minorUnits = 1 << 62
        return listing
    }

    @Test("Finding 3: a listing.upserted with costs of 2^62 is dead-lettered with its reason; the partition goes on")
    func finding3_listingBeyondBoundsIsDeadLettered() async throws {
        // Given a partition with the merchant
        let harness = try DispatchHarness()
        try harness.deliver(
            MerchantUpserted(merchant: DispatchServiceFixtures.merchant, at: harness.clock.now()),
            on: StreamNames.inventory)

        // When finding 3's listing arrives on the inventory stream
        let delivery = try harness.offer(
            ListingUpserted(listing: Self.finding3Listing(), at: harness.clock.now()), on: StreamNames.inventory)

        // Then it is dead-lettered naming both costs, and not stored
        #expect(!delivery.wasApplied)
        let letter = try #require(try harness.deadLetters().only)
        #expect(letter.error.contains("Listing lst_tee is beyond the bounds dispatch computes with"))
        #expect(letter.error.contains("variations[0].suppliers[0].productCost: must be at most"))
        #expect(letter.error.contains("variations[0].suppliers[0].shippingCost: must be at most"))
        #expect(try harness.count("listing") == 0)

        // And a release for the listing waits for it, until a catalogue within bounds arrives and is dispatched
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
        #expect(try harness.pendingCalls().isEmpty)
        try harness.deliver(
            ListingUpserted(listing: DispatchServiceFixtures.listing(), at: harness.clock.now()),
            on: StreamNames.inventory)
        #expect(try harness.pendingCalls().map(\.orderID) == ["ord_1"])
    }

    @Test("Finding 3: finding 3's listing already in an older partition's store: its offer is skipped, no trap")
    func finding3_storedListingBeyondBoundsIsSkipped() async throws {
        // Given finding 3's listing stored in the partition's projection before the bounds existed
        let harness = try DispatchHarness()
        try harness.deliver(
            MerchantUpserted(merchant: DispatchServiceFixtures.merchant, at: harness.clock.now()),
            on: StreamNames.inventory)
        try await harness.store.write { db in try CatalogueRecords.upsert(Self.finding3Listing(), in: db) }

        // When an order of it is released
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)

        // Then its purchase order goes to the next supplier, whose landed cost fits
        let call = try #require(try harness.pendingCalls().only)
        #expect(try harness.request(of: call).supplierID == DispatchServiceFixtures.suppliers[1])
    }
}
