import Contracts
import MeshConfig
import Simulator
import Testing

/// R9: the simulated suppliers ship with the carrier Dispatch chose, numbering its parcels from the mesh's
/// catalogue when the simulator has no carrier of its own for it, so that a supplier following the choice is never
/// counted as shipping with another carrier.
struct CatalogueNumberingTests {
    @Test("R9: a chosen catalogue carrier with S10, UPS or YunExpress numbers gets a number valid for it")
    func chosenCatalogueCarrierIsNumbered() throws {
        let catalogue = try MeshConfiguration.load(file: nil, environment: [:], overrides: []).carriers
        let behaviour = Fixtures.behaviour(rejectRate: 0, outOfStockRate: 0, carriers: ["China Post"])
        let planner = FatePlanner(seed: 7, carriers: catalogue)
        var numbered: [String] = []
        for definition in catalogue.carriers {
            let origin = try #require(definition.origins.first ?? definition.postedFrom.first ?? CountryCode("US"))
            let level = try #require(definition.serviceLevels.first)
            var request = Fixtures.request(order: "ord_\(definition.name.count)")
            request.shipping = ShippingChoice(
                carrier: definition.name, serviceLevel: level.fullName, origin: origin, destination: origin,
                transitDays: level.transitDays, hasLastMileTracking: level.hasLastMileTracking,
                requiresConfirmedDelivery: false,
                price: Money(minorUnits: 100, currency: try #require(CurrencyCode("USD"))),
                reason: "test")
            let plan = planner.plan(for: request, receivedAt: Fixtures.t0, behaviour: behaviour) { _ in false }
            let number = try #require(plan.trackingNumber)
            let carrier = try #require(plan.carrier.flatMap(catalogue.carrier(reportedAs:)))
            #expect(carrier.format(of: number) != nil, "\(number) is not \(carrier.name)'s")
            if carrier.name == definition.name { numbered.append(definition.name) }
        }
        // Every postal carrier, UPS and YunExpress; FedEx and DHL numbers the simulator does not write.
        for name in [
            "China Post", "Wish Post", "UPS", "USPS", "Royal Mail", "Canada Post", "Correios", "La Poste",
            "Japan Post", "YunExpress",
        ] {
            #expect(numbered.contains(name), "\(name) not numbered: \(numbered)")
        }
    }
}
