import Contracts
import Foundation
import Testing

@testable import SupplierDispatch

/// R9: the carrier choice, on the embedded default's carriers and Confirmed Delivery table (US from 10.00 USD):
/// the cheapest level promising delivery within `max_transit_days` (25), last-mile tracking under Confirmed
/// Delivery, the fastest when none promises it, and no choice when nothing serves.
struct ShippingPlannerTests {
    static let defaults = DispatchSettings()
    static let planner = ShippingPlanner(
        carriers: defaults.carriers, confirmedDelivery: defaults.confirmedDelivery, maxTransitDays: 25)

    static func country(_ code: String) -> CountryCode { CountryCode(code)! }
    static func usd(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: CurrencyCode("USD")!) }

    @Test("R9: without Confirmed Delivery the cheapest level within 25 days: Wish Post Standard")
    func cheapestWithin() throws {
        let choice = try #require(
            Self.planner.plan(
                origin: Self.country("CN"), destination: Self.country("FR"), unitPrice: Self.usd(500), quantity: 1
            ).choice)
        #expect(choice.carrier == "Wish Post" && choice.serviceLevel == "Wish Post Standard")
        #expect(choice.price == Self.usd(260) && choice.transitDays.description == "15-25 days")
        #expect(!choice.requiresConfirmedDelivery && !choice.hasLastMileTracking)
        #expect(choice.origin == Self.country("CN") && choice.destination == Self.country("FR"))
        #expect(choice.reason.contains("the cheapest promising delivery within 25 days (2.60 USD, 15-25 days)"))
    }

    @Test("R9: Confirmed Delivery from 10.00 USD to the US: 9.99 USD ships untracked, 10.00 USD with last-mile")
    func confirmedDeliveryEdge() throws {
        let (cn, us) = (Self.country("CN"), Self.country("US"))
        let below = try #require(
            Self.planner.plan(origin: cn, destination: us, unitPrice: Self.usd(999), quantity: 1).choice)
        #expect(below.serviceLevel == "Wish Post Standard" && !below.requiresConfirmedDelivery)
        let at = try #require(
            Self.planner.plan(origin: cn, destination: us, unitPrice: Self.usd(500), quantity: 2).choice)
        #expect(at.serviceLevel == "China Post ePacket" && at.requiresConfirmedDelivery && at.hasLastMileTracking)
        #expect(at.price == Self.usd(480))
        #expect(at.reason.contains("Confirmed Delivery applies (an order of 10.00 USD to US, from 10.00 USD)"))
    }

    @Test("R9: when no level promises delivery within the limit, the fastest that serves")
    func fastestWhenNoneWithin() throws {
        var planner = Self.planner
        planner.maxTransitDays = 1
        let choice = try #require(
            planner.plan(
                origin: Self.country("CN"), destination: Self.country("FR"), unitPrice: Self.usd(500), quantity: 1
            )
            .choice)
        #expect(choice.serviceLevel == "FedEx International Priority" && choice.transitDays.description == "1-3 days")
        #expect(choice.reason.contains("none promises delivery within 1 days, so the fastest"))
    }

    @Test("R9: origins and destinations restrict the levels: USPS Ground Advantage only inside the US")
    func originsAndDestinations() throws {
        let domestic = try #require(
            Self.planner.plan(
                origin: Self.country("US"), destination: Self.country("US"), unitPrice: Self.usd(2000), quantity: 1
            )
            .choice)
        #expect(domestic.serviceLevel == "USPS Ground Advantage")
        let abroad = try #require(
            Self.planner.plan(
                origin: Self.country("US"), destination: Self.country("FR"), unitPrice: Self.usd(2000), quantity: 1
            )
            .choice)
        #expect(abroad.carrier != "USPS" || abroad.serviceLevel != "USPS Ground Advantage")
    }

    @Test("R9: nothing serves, or nothing tracked under Confirmed Delivery: no choice, and the reason why")
    func unplanned() throws {
        let wish = try #require(Self.defaults.carriers.carrier(named: "Wish Post"))
        var standardOnly = wish
        standardOnly.serviceLevels = wish.serviceLevels.filter { !$0.hasLastMileTracking }
        let planner = ShippingPlanner(
            carriers: CarrierCatalogue([standardOnly]), confirmedDelivery: Self.defaults.confirmedDelivery,
            maxTransitDays: 25)
        #expect(
            planner.plan(
                origin: Self.country("US"), destination: Self.country("FR"), unitPrice: Self.usd(500), quantity: 1)
                == .unplanned(reason: "no configured service level ships from US to FR"))
        let tracked = planner.plan(
            origin: Self.country("CN"), destination: Self.country("US"), unitPrice: Self.usd(2000), quantity: 1)
        #expect(
            tracked
                == .unplanned(
                    reason: "Confirmed Delivery applies (an order of 20.00 USD to US) and none of the 1 level(s) "
                        + "from CN to US has last-mile tracking"))
    }
}
