import Contracts
import Foundation
import Orders
import Testing

/// R1's listing terms from the catalogue projection: a price per variation, refusals that name the right field.
struct CatalogProjectionTests {
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

/// Order ids and settings.
struct OrderIdentityTests {
    @Test("Order ids are ord_ and a ULID, increasing with time and within one millisecond")
    func orderIDsAreTimeOrdered() {
        let generator = OrderIDGenerator()
        let sameMillisecond = (0..<100).map { _ in generator.next(at: ServiceFixtures.t0) }
        let later = generator.next(at: ServiceFixtures.t(1))
        let ids = (sameMillisecond + [later]).map(\.rawValue)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("ord_") && $0.count == 30 })
        let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        #expect(ids.allSatisfy { $0.dropFirst(4).allSatisfy(alphabet.contains) })
        // The first 10 characters after the prefix are the milliseconds, as in every ULID
        #expect(OrderIDGenerator().next(at: Date(timeIntervalSince1970: 0)).rawValue.hasPrefix("ord_0000000000"))
    }

    @Test("Settings: reservation_ttl_seconds defaults to 900; a bad value is refused naming the key")
    func settings() throws {
        #expect(try OrdersSettings([:]).reservationTTLSeconds == 900)
        #expect(try OrdersSettings(["reservation_ttl_seconds": "60", "other": "x"]).reservationTTLSeconds == 60)
        for bad in ["0", "-5", "15m", ""] {
            #expect(throws: OrdersSettingsError(key: "reservation_ttl_seconds", value: bad)) {
                try OrdersSettings(["reservation_ttl_seconds": bad])
            }
        }
    }

    @Test("Settings: the TTL goes with every reservation")
    func ttlSettingReachesInventory() async throws {
        let harness = try await ServiceHarness(settings: OrdersSettings(reservationTTLSeconds: 120))
        let id = try await harness.place().orderID
        #expect(harness.reserver.reservations[id]?.ttlSeconds == 120)
    }
}
