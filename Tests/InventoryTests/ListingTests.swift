import Contracts
import Foundation
import Inventory
import Testing

/// A listing's construction and its JSON form, and the names of the facts it publishes.
struct ListingTests {
    @Test func aListingAndItsFactsRoundTripThroughJSON() throws {
        // Given a listing that went through every kind of operation
        var listing = try InventoryFixture.listing()
        var events = try listing.reserve(orderID: "ord_1", sku: "TEE-L", quantity: 3, at: InventoryFixture.t0, ttl: 60)
            .events
        events += try listing.confirm(orderID: "ord_1", at: InventoryFixture.t(1))
        events += try listing.markSold(orderID: "ord_1", at: InventoryFixture.t(2))
        _ = try listing.reserve(orderID: "ord_2", sku: "TEE-M", quantity: 1, at: InventoryFixture.t(3), ttl: 60)
        events += try listing.release(orderID: "ord_2", reason: .declined, at: InventoryFixture.t(4))
        events += try listing.applySupplierStock(
            supplierID: "sup_a", sku: "TEE-L", quantity: 1, referenceLevel: 10, at: InventoryFixture.t(5))

        // When it is encoded and decoded, then nothing is lost
        let data = try DomainTime.makeEncoder().encode(listing)
        #expect(try DomainTime.makeDecoder().decode(Listing.self, from: data) == listing)

        // And each fact has its type name and names the listing
        #expect(
            events.map(\.eventType) == [
                "stock.reserved", "listing.sold_out", "stock.confirmed", "stock.sold", "stock.released",
                "listing.back_in_stock", "supplier_stock.updated", "supplier_stock.ran_low",
            ])
        for event in events {
            let body = String(decoding: try DomainTime.makeEncoder().encode(event.payload), as: UTF8.self)
            #expect(body.contains(#""listingID":"lst_1""#))
        }
    }

    @Test func aListingRefusesDuplicateOrNegativeVariations() {
        // Given variation lists with a SKU twice, or negative stock, when a listing is made, then it is refused
        #expect(throws: StockError.duplicateSKU("TEE-M")) { try InventoryFixture.listing(["TEE-M": 1, "TEE-M": 2]) }
        #expect(throws: StockError.negativeStock(sku: "TEE-M", available: -1)) {
            try InventoryFixture.listing(["TEE-M": -1])
        }
        #expect(StockError.duplicateSKU("TEE-M").description == "Variation TEE-M appears twice in the listing.")
        #expect(
            StockError.negativeStock(sku: "TEE-M", available: -1).description
                == "Variation TEE-M cannot start with -1 units available.")
        #expect(StockError.soldOut(sku: "TEE-M").description == "TEE-M is sold out.")
    }
}
