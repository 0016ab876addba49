import Contracts
import Orders
import Testing

/// R1: every country with a rule of its own accepts a real address, and the table covers the largest
/// e-commerce destinations.
@Suite("R1 country address rules")
struct ValidationCountryRuleTests {
    static let destinations = [
        "US", "CN", "GB", "JP", "DE", "FR", "KR", "IN", "CA", "BR", "RU", "AU", "ES", "IT", "NL", "MX", "ID", "TR",
        "SE", "PL", "CH", "BE", "AT", "NO", "DK", "FI", "IE", "PT", "SA", "AE", "IL", "SG", "MY", "TH", "PH", "VN",
        "AR", "CL", "CO", "ZA", "NZ", "HK", "TW", "CZ", "RO", "GR", "HU", "UA", "EG", "NG",
    ]

    @Test("R1: the rule table covers exactly the 50 destinations, each a real ISO 3166-1 code")
    func tableCoversDestinations() {
        let countries = CountryAddressRule.all.map(\.country)
        #expect(countries.count == Self.destinations.count)
        #expect(Set(countries) == Set(Self.destinations))
        #expect(countries.allSatisfy { CountryCode($0) != nil })
    }

    @Test("R1: a sample address exists for every country with a rule")
    func samplesCoverTable() {
        #expect(ValidationAddressSamples.all.count == CountryAddressRule.all.count)
        #expect(Set(ValidationAddressSamples.all.map(\.country)) == Set(Self.destinations))
    }

    @Test("R1: a real address in each destination is accepted", arguments: ValidationAddressSamples.all)
    func realAddressIsAccepted(address: PlacementRequest.ShippingAddress) {
        #expect(ValidationFixtures.refusals(of: address) == [])
    }

    @Test(
        "R1: countries whose posts need the region refuse an address without one",
        arguments: ["US", "CA", "MX", "BR", "AU", "CN", "JP", "KR", "IN", "TW", "ES", "IT"])
    func regionRequired(country: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.region = nil
        let name = try #require(CountryCode(country)).name
        #expect(
            ValidationFixtures.refusals(of: address) == [
                FieldError(field: "shippingAddress.region", reason: "is required for addresses in \(name)")
            ])
    }

    @Test("R1: other countries accept an address without a region", arguments: ["GB", "DE", "FR", "HK", "AE", "ZA"])
    func regionOptional(country: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.region = nil
        #expect(ValidationFixtures.refusals(of: address) == [])
    }

    @Test(
        "R1: countries whose posts need a postal code refuse an address without one",
        arguments: CountryAddressRule.all.filter(\.postalCode.isRequired).map(\.country))
    func postalCodeRequired(country: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.postalCode = "  "
        let name = try #require(CountryCode(country)).name
        #expect(
            ValidationFixtures.refusals(of: address) == [
                FieldError(field: "shippingAddress.postalCode", reason: "is required for addresses in \(name)")
            ])
    }

    @Test(
        "R1: countries without postal codes, or where people leave them out, accept an address without one",
        arguments: ["HK", "AE", "IE", "NG", "SA", "IL", "EG", "AR", "CL", "CO", "ID", "TH", "PH", "VN"])
    func postalCodeOptional(country: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.postalCode = nil
        #expect(ValidationFixtures.refusals(of: address) == [])
        #expect(CountryAddressRule.rule(for: country).postalCode.isRequired == false)
    }

    @Test("R1: region code lists are exact: US 60, CA 13, AU 8, BR 27, MX 32")
    func regionCodeListSizes() {
        let sizes = ["US": 60, "CA": 13, "AU": 8, "BR": 27, "MX": 32]
        for (country, size) in sizes {
            #expect(CountryAddressRule.rule(for: country).region.codes?.count == size, "\(country)")
        }
    }

    @Test(
        "R1: valid subdivision codes are accepted",
        arguments: [
            ("US", "NY"), ("US", "CA"), ("US", "DC"), ("US", "PR"), ("US", "GU"), ("US", "AE"), ("CA", "QC"),
            ("CA", "NU"), ("AU", "VIC"), ("AU", "ACT"), ("BR", "RJ"), ("BR", "DF"), ("MX", "JAL"), ("MX", "NLE"),
        ])
    func validRegionCode(country: String, region: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.region = region
        #expect(ValidationFixtures.refusals(of: address) == [])
    }

    @Test(
        "R1: an unknown or misspelt subdivision code is refused with the expected form",
        arguments: [
            ("US", "New York", "is not a state or territory code of United States (as NY)"),
            ("US", "ny", "must be upper case: NY"),
            ("US", "XX", "is not a state or territory code of United States (as NY)"),
            ("CA", "PQ", "is not a province or territory code of Canada (as ON)"),
            ("CA", "Ontario", "is not a province or territory code of Canada (as ON)"),
            ("AU", "Victoria", "is not a state or territory code of Australia (as NSW)"),
            ("AU", "nsw", "must be upper case: NSW"),
            ("BR", "São Paulo", "is not a state code of Brazil (as SP)"),
            ("BR", "sp", "must be upper case: SP"),
            ("MX", "CDMX", "is not a state code of Mexico (as CMX)"),
        ])
    func invalidRegionCode(country: String, region: String, reason: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.region = region
        #expect(
            ValidationFixtures.refusals(of: address) == [FieldError(field: "shippingAddress.region", reason: reason)])
    }

    @Test("R1: a country without a rule of its own gets the generic one: postal code optional, 2–12 characters")
    func genericRule() {
        let kenya = PlacementRequest.ShippingAddress(
            name: "Wanjiru Kamau", line1: "Kenyatta Avenue", city: "Nairobi", postalCode: "00100", country: "KE")
        #expect(ValidationFixtures.refusals(of: kenya) == [])
        var withoutCode = kenya
        withoutCode.postalCode = nil
        #expect(ValidationFixtures.refusals(of: withoutCode) == [])
        for wrong in ["1", "1234567890123", "00-", "00_100", "٠٠١٠٠"] {
            var address = kenya
            address.postalCode = wrong
            #expect(
                ValidationFixtures.refusals(of: address) == [
                    FieldError(
                        field: "shippingAddress.postalCode",
                        reason: "must be 2 to 12 letters, digits, spaces or hyphens")
                ], "\(wrong)")
        }
    }
}
