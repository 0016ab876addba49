import Contracts
import Foundation
import MeshConfig
import Testing

/// R9: the carriers (`carriers:`) and the Confirmed Delivery table (`confirmed_delivery:`) of the mesh config.
@Suite("Carriers and Confirmed Delivery")
struct CarrierConfigTests {
    /// A one-carrier catalogue in a file, with `level` as its only service level's keys.
    static func yaml(carrier: String = "tracking_formats: [s10]\n    posted_from: [CN]", level: String) -> String {
        """
        carriers:
          Test Post:
            \(carrier)
            zones: {near: [JP, KR]}
            service_levels:
              Standard:
                \(level)
        """
    }

    static let goodLevel = #"transit_days: "5-9"\#n        price: {near: "1.50 USD", rest: "2.00 USD"}"#

    @Test("R9: the default names the carriers of the issue, their formats and levels, and US ≥ 10 USD")
    func defaultCatalogue() throws {
        let config = try ScratchDirectory().load()
        let carriers = config.carriers
        #expect(
            carriers.carriers.map(\.name) == [
                "China Post", "Wish Post", "YunExpress", "UPS", "FedEx", "DHL", "USPS", "Royal Mail", "Canada Post",
                "Correios", "La Poste", "Japan Post",
            ])
        let wish = try #require(carriers.carrier(named: "wish post"))
        let standard = try #require(wish.serviceLevels.first { $0.name == "Standard" })
        let express = try #require(wish.serviceLevels.first { $0.name == "Express" })
        #expect(standard.fullName == "Wish Post Standard" && standard.transitDays.description == "15-25 days")
        #expect(!standard.hasLastMileTracking && express.hasLastMileTracking)
        #expect(express.transitDays.description == "7-12 days")
        let us = try #require(CountryCode("US"))
        #expect(wish.price(of: standard, to: us)?.description == "2.90 USD")
        let ePacket = try #require(carriers.carrier(named: "China Post")?.serviceLevels.first)
        #expect(ePacket.name == "ePacket" && ePacket.hasLastMileTracking && ePacket.destinations.contains(us))
        let usps = try #require(carriers.carrier(named: "USPS"))
        #expect(usps.trackingFormats == [.usps20, .uspsImpbN, .uspsImpbC, .uspsLegacy, .s10])
        #expect(usps.postedFrom == [us])
        #expect(carriers.carrier(named: "DHL")?.serviceLevels.map(\.name) == ["Express", "eCommerce"])
        #expect(config.confirmedDelivery.minimumOrderValues.mapValues(\.description) == [us: "10.00 USD"])
    }

    @Test("R9: a file's carriers and Confirmed Delivery table replace the default's whole, and read back equal")
    func fileReplacesAndRoundTrips() throws {
        let scratch = try ScratchDirectory()
        let config = try scratch.load(
            yaml: Self.yaml(level: Self.goodLevel + "\n        last_mile_tracking: true")
                + "\nconfirmed_delivery: {GB: \"8.00 USD\", JP: \"1500 JPY\"}\n")
        let carrier = try #require(config.carriers.carriers.first)
        #expect(config.carriers.carriers.count == 1 && carrier.name == "Test Post")
        #expect(
            carrier.zones == [
                CarrierZone(
                    name: "near", countries: [try #require(CountryCode("JP")), try #require(CountryCode("KR"))])
            ])
        #expect(carrier.serviceLevels.first?.fullName == "Test Post Standard")
        #expect(
            carrier.serviceLevels.first?.prices.mapValues(\.description) == ["near": "1.50 USD", "rest": "2.00 USD"])
        #expect(config.confirmedDelivery.minimumOrderValues.count == 2)
        let elsewhere = try ScratchDirectory()
        #expect(try elsewhere.load(file: elsewhere.write(config.renderYAML(), to: "rendered.yaml")) == config)
    }

    @Test("R9: --set changes one price of the default, and the rest stays")
    func setOnePrice() throws {
        let config = try ScratchDirectory().load(
            overrides: ["carriers.Wish Post.service_levels.Standard.price.rest=\"3.10 USD\""])
        let wish = try #require(config.carriers.carrier(named: "Wish Post"))
        #expect(wish.serviceLevels.first?.prices["rest"]?.description == "3.10 USD")
        #expect(config.carriers.carriers.count == 12)
    }

    @Test(
        "R9: a bad carrier value is refused, naming its key",
        arguments: [
            (
                yaml(carrier: "tracking_formats: [s11]", level: goodLevel), "carriers.Test Post.tracking_formats",
                "expected distinct tracking-number formats"
            ),
            (
                yaml(carrier: "tracking_formats: [s10]\n    posted_from: [XX]", level: goodLevel),
                "carriers.Test Post.posted_from", "expected ISO 3166-1 alpha-2 country codes, got \"XX\""
            ),
            (
                yaml(carrier: "tracking_formats: [ups]\n    posted_from: [US]", level: goodLevel),
                "carriers.Test Post.posted_from", "is only for carriers with the s10 format"
            ),
            (
                yaml(level: #"transit_days: "9-5"\#n        price: "1.00 USD""#),
                "carriers.Test Post.service_levels.Standard.transit_days", "expected days as \"min-max\""
            ),
            (
                yaml(level: #"transit_days: "5-9"\#n        price: "1.5 USD""#),
                "carriers.Test Post.service_levels.Standard.price", "expected an amount as \"12.34 USD\""
            ),
            (
                yaml(level: #"transit_days: "5-9"\#n        price: "150.00 JPY""#),
                "carriers.Test Post.service_levels.Standard.price", "expected an amount as \"12.34 USD\""
            ),
            (
                yaml(level: #"transit_days: "5-9"\#n        price: "1.50 XYZ""#),
                "carriers.Test Post.service_levels.Standard.price", "expected an amount as \"12.34 USD\""
            ),
            (
                yaml(level: #"transit_days: "5-9"\#n        price: {near: "1.50 USD"}"#),
                "carriers.Test Post.service_levels.Standard.price.rest", "no price for zone 'rest'"
            ),
            (
                yaml(
                    level:
                        #"transit_days: "5-9"\#n        price: {near: "1.50 USD", rest: "1.00 EUR", far: "1.00 USD"}"#),
                "carriers.Test Post.service_levels.Standard.price.far", "not a zone this level serves (near, rest)"
            ),
            (
                yaml(level: #"transit_days: "5-9"\#n        price: {near: "1.50 USD", rest: "1.00 EUR"}"#),
                "carriers.Test Post.service_levels.Standard.price.rest", "is in EUR; every carrier price is in USD"
            ),
            (
                yaml(level: Self.goodLevel + "\n        last_mile_tracking: maybe"),
                "carriers.Test Post.service_levels.Standard.last_mile_tracking", "expected true or false"
            ),
            (
                yaml(level: Self.goodLevel + "\n        speed: fast"),
                "carriers.Test Post.service_levels.Standard.speed", "unknown key"
            ),
            ("confirmed_delivery: {USA: \"10.00 USD\"}", "confirmed_delivery.USA", "not an ISO 3166-1 alpha-2"),
            ("confirmed_delivery: {US: \"10 USD\"}", "confirmed_delivery.US", "expected an amount"),
        ])
    func refusals(yaml: String, key: String, reason: String) throws {
        do {
            _ = try ScratchDirectory().load(yaml: yaml)
            Issue.record("loaded \(yaml)")
        } catch let error as MeshConfigError {
            #expect(error.key == key, "\(error)")
            #expect(error.reason.hasPrefix(reason), "\(error)")
        }
    }
}
