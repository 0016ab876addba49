import Contracts
import Foundation
import Orders
import TestSupport
import Testing

/// R1 at the service's door: a price or quantity outside the bounds is refused on its field through the real
/// `orders.place`, and nothing is stored or reserved.
@Suite(.timeLimit(.minutes(1)))
struct PlacementBoundsServiceTests {
    @Test("Finding 2: a listing priced 2^62 ordered twice is refused on unitPrice.minorUnits; orders does not trap")
    func finding2_placementAtTwoToThe62IsRefused() async throws {
        // Given a listing priced 2^62 minor units, as an inventory store from before the bounds could publish it
        let harness = try OrdersHarness()
        try harness.deliver(ListingUpserted(listing: ServiceFixtures.listing(price: 1 << 62), at: ServiceFixtures.t0))
        let before = try harness.placementRowCounts()

        // When a customer places 2 units at that price
        var request = ServiceFixtures.request(quantity: 2)
        request.unitPrice = .init(minorUnits: 1 << 62, currency: "EUR")
        let refusal = try await harness.refusal("orders.place", request)

        // Then the placement is refused on the price with the bound, and nothing is stored or reserved
        #expect(refusal.code == "invalid_request" && refusal.field == "unitPrice.minorUnits")
        #expect(refusal.message == "must be at most 1000000000.00 EUR (1000000000 whole units)")
        #expect(try harness.placementRowCounts() == before)
        #expect(harness.reserver.reservations.isEmpty)

        // And the service goes on placing ordinary orders
        try harness.deliver(ListingUpserted(listing: ServiceFixtures.listing(), at: ServiceFixtures.t0))
        #expect(try await harness.place().status == .placed)
    }
}
