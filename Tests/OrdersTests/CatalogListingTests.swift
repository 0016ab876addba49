import Contracts
import Foundation
import Orders
import Testing

/// R1's listing terms from the catalogue records: a price per variation, refusals that name the right field.
struct CatalogListingTests {
    let listing = CatalogListing(ServiceFixtures.listing())

    @Test("R1: the terms for a variation carry its own price, the listing's SKUs and limit")
    func termsPerVariation() throws {
        let large = try #require(listing.terms(for: "TSHIRT-L-BLUE"))
        #expect(large.unitPrice == Money(minorUnits: 2199, currency: ServiceFixtures.euro))
        #expect(large.skus == Set(ServiceFixtures.skus) && large.perOrderLimit == 10 && large.isActive)
        #expect(listing.merchantID == ServiceFixtures.merchantID && listing.title == "Camiseta Básica")
    }

    @Test("R1: a listing without variations counts as no such listing")
    func listingWithoutVariations() {
        var empty = listing
        empty.prices = [:]
        #expect(empty.terms(for: ValidationFixtures.sku) == nil)
        #expect(
            PlacementValidator().validateAgainstListing(ServiceFixtures.request(), terms: nil) == [
                FieldError(field: "listingID", reason: "no such listing")
            ])
    }
}
