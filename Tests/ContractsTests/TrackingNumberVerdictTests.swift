import Contracts
import Testing

/// R9: what a tracking number is for a catalogue of carriers, and why it is refused for a carrier (the ship check
/// of `purchase_orders.ship` and `dropline tracking validate` read this verdict). Written with S10 and UPS numbers,
/// the formats checked today.
struct TrackingNumberVerdictTests {
    static let ups = "1Z5R89390357567127"

    static func country(_ code: String) -> CountryCode {
        guard let country = CountryCode(code) else { preconditionFailure(code) }
        return country
    }

    static func usd(_ cents: Int64) -> Money {
        guard let currency = CurrencyCode("USD") else { preconditionFailure("USD") }
        return Money(minorUnits: cents, currency: currency)
    }

    static func days(_ minimum: Int, _ maximum: Int) -> DayRange {
        guard let range = DayRange(minimum: minimum, maximum: maximum) else { preconditionFailure("days") }
        return range
    }

    /// China Post and Wish Post post from CN, Royal Mail from GB; UPS takes its two formats.
    static let catalogue = CarrierCatalogue([
        CarrierDefinition(name: "China Post", trackingFormats: [.s10], postedFrom: [country("CN")]),
        CarrierDefinition(
            name: "Wish Post", trackingFormats: [.s10], postedFrom: [country("CN")], origins: [country("CN")],
            zones: [CarrierZone(name: "north_america", countries: [country("US"), country("CA")])],
            serviceLevels: [
                ServiceLevel(
                    name: "Standard", fullName: "Wish Post Standard", transitDays: days(15, 25),
                    hasLastMileTracking: false, prices: ["north_america": usd(290), "rest": usd(340)])
            ]),
        CarrierDefinition(name: "Royal Mail", trackingFormats: [.s10], postedFrom: [country("GB")]),
        CarrierDefinition(name: "UPS", trackingFormats: [.ups, .upsWaybill]),
    ])

    @Test("R9: a valid S10 number names its posting country and every carrier posting from it")
    func s10NamesItsCountry() {
        let verdict = TrackingNumberVerdict("lz 1234 5678 5cn", in: Self.catalogue)
        #expect(verdict.isValid && verdict.number == "LZ123456785CN")
        #expect(verdict.summary == "a UPU S10 number posted in China (CN)")
        #expect(verdict.postingCountry == Self.country("CN"))
        #expect(verdict.matches.map(\.carrier) == ["China Post", "Wish Post"])
        #expect(verdict.matches.allSatisfy { $0.format == .s10 })
    }

    @Test("R9: a UPS number named as China Post's is refused on the number: it looks like a UPS number")
    func looksLikeUPS() {
        let verdict = TrackingNumberVerdict(Self.ups, carrier: "China Post", in: Self.catalogue)
        #expect(verdict.refusal == .invalidNumber("looks like a UPS number, not one of China Post's"))
        #expect(verdict.refusal?.field == "trackingNumber")
        #expect(verdict.matches.isEmpty && verdict.formats == [.ups])
    }

    @Test("R9: an S10 number posted in another country looks like that country's carrier's")
    func looksLikeAnotherPost() {
        let verdict = TrackingNumberVerdict("RB123456785GB", carrier: "China Post", in: Self.catalogue)
        #expect(
            verdict.refusal?.reason
                == "looks like a Royal Mail number (a UPU S10 number posted in United Kingdom (GB)), "
                + "not one of China Post's")
    }

    @Test("R9: with no catalogue carrier for the format, the format's issuer is named")
    func looksLikeIssuer() {
        let posts = CarrierCatalogue(Self.catalogue.carriers.filter { $0.name != "UPS" })
        #expect(
            TrackingNumberVerdict(Self.ups, carrier: "Royal Mail", in: posts).refusal?.reason
                == "looks like a UPS number, not one of Royal Mail's")
        #expect(
            TrackingNumberVerdict("EE123456785DE", in: posts).refusal
                == .invalidNumber("is a UPU S10 number posted in Germany (DE), but no configured carrier takes it"))
    }

    @Test("R9: a service level's full name names its carrier; an unknown carrier is refused on the carrier")
    func carrierNames() {
        let verdict = TrackingNumberVerdict("LZ123456785CN", carrier: "wish post standard", in: Self.catalogue)
        #expect(verdict.isValid && verdict.matches == [TrackingNumberMatch(carrier: "Wish Post", format: .s10)])
        let unknown = TrackingNumberVerdict("LZ123456785CN", carrier: "Fake Express", in: Self.catalogue)
        #expect(unknown.refusal == .unknownCarrier("must be one of China Post, Wish Post, Royal Mail, UPS"))
        #expect(unknown.refusal?.field == "carrier")
        #expect(Self.catalogue.carrier(named: "wish post standard") == nil)
        #expect(Self.catalogue.carrier(reportedAs: "WISH POST STANDARD")?.name == "Wish Post")
    }

    @Test("R9: a number of no known format is refused, naming what the carrier expects")
    func noFormat() {
        #expect(
            TrackingNumberVerdict("FAKE123", in: Self.catalogue).refusal
                == .invalidNumber("is not a tracking number of any known format"))
        #expect(
            TrackingNumberVerdict("LZ123456784CN", carrier: "UPS", in: Self.catalogue).refusal?.reason
                == "is not a tracking number of UPS: expected a UPS number, or a UPS Waybill number")
    }

    @Test("R9: zones, destinations and prices of a carrier")
    func zonesAndPrices() throws {
        let wish = try #require(Self.catalogue.carrier(named: "Wish Post"))
        let standard = try #require(wish.serviceLevels.first)
        #expect(wish.zone(of: Self.country("US")) == "north_america" && wish.zone(of: Self.country("FR")) == "rest")
        #expect(wish.price(of: standard, to: Self.country("CA")) == Self.usd(290))
        #expect(wish.serves(standard, from: Self.country("CN"), to: Self.country("FR")))
        #expect(!wish.serves(standard, from: Self.country("US"), to: Self.country("FR")))
    }

    @Test("R9: Confirmed Delivery from the destination's minimum order value, at or above it")
    func confirmedDelivery() throws {
        let policy = ConfirmedDeliveryPolicy([Self.country("US"): Self.usd(1000)])
        let us = Self.country("US")
        #expect(!policy.requiresConfirmedDelivery(destination: us, orderValue: Self.usd(999)))
        #expect(policy.requiresConfirmedDelivery(destination: us, orderValue: Self.usd(1000)))
        #expect(!policy.requiresConfirmedDelivery(destination: Self.country("FR"), orderValue: Self.usd(100_000)))
        let euros = Money(minorUnits: 1, currency: try #require(CurrencyCode("EUR")))
        #expect(policy.requiresConfirmedDelivery(destination: us, orderValue: euros))
    }
}
