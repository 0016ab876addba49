import Contracts
import Foundation
import Inventory
import Testing

/// The catalogue in the domain: a listing made from its record, and a later load's terms (R2: a load never frees
/// units that orders hold).
struct ListingCatalogTests {
    static func record(_ stock: KeyValuePairs<String, Int>, title: String = "Plain tee") -> ListingRecord {
        ListingRecord(
            id: "lst_1", merchantID: "mer_1", title: title, perOrderLimit: 5,
            variations: stock.map { VariationRecord(sku: $0.key, price: InventoryFixture.price, stock: $0.value) })
    }

    @Test func aNewListingStartsWithItsStockAvailable() throws {
        let listing = try Listing(record: Self.record(["TEE-M": 4, "TEE-L": 0]))
        #expect(listing.variations.map(\.available) == [4, 0] && listing.perOrderLimit == 5)
        #expect(listing.variation("TEE-L")?.isSoldOut == true)
        #expect(throws: StockError.negativeStock(sku: "TEE-M", available: -1)) {
            try Listing(record: Self.record(["TEE-M": -1]))
        }
    }

    @Test func newTermsSetStockMinusReservedAndKeepReservations() throws {
        // Given 4 TEE-M of which an order holds 3
        var listing = try Listing(record: Self.record(["TEE-M": 4]))
        _ = try listing.reserve(orderID: "ord_1", sku: "TEE-M", quantity: 3, at: InventoryFixture.t0, ttl: 60)

        // When a load says 10 and adds TEE-S, then 7 are available, the order keeps 3, TEE-S starts with its stock
        let events = try listing.applyTerms(
            Self.record(["TEE-M": 10, "TEE-S": 2], title: "Tee"), at: InventoryFixture.t(1))
        #expect(events.isEmpty)
        #expect(listing.title == "Tee" && listing.variations.map(\.sku) == ["TEE-M", "TEE-S"])
        #expect(listing.variation("TEE-M").map { [$0.available, $0.reserved] } == [7, 3])
        #expect(listing.variation("TEE-S")?.available == 2)

        // When a load says 2, fewer than held, then TEE-M is Sold Out and the order still holds 3
        let soldOut = try listing.applyTerms(Self.record(["TEE-M": 2]), at: InventoryFixture.t(2))
        #expect(soldOut.compactMap(\.soldOutCrossing) == ["sold_out TEE-M"])
        #expect(listing.variation("TEE-M").map { [$0.available, $0.reserved] } == [0, 3])
        #expect(listing.reservations["ord_1"]?.state == .pending)
    }

    @Test func faultyTermsChangeNothing() throws {
        var listing = try Listing(record: Self.record(["TEE-M": 4]))
        let before = listing
        #expect(throws: StockError.duplicateSKU("TEE-M")) {
            try listing.applyTerms(Self.record(["TEE-M": 1, "TEE-M": 2], title: "Other"), at: InventoryFixture.t0)
        }
        #expect(throws: StockError.negativeStock(sku: "TEE-M", available: -3)) {
            try listing.applyTerms(Self.record(["TEE-M": -3], title: "Other"), at: InventoryFixture.t0)
        }
        #expect(listing == before)
    }
}
