import Contracts
import Orders
import Testing

/// R1: every country has a rule from its format in Google's address metadata, a real address in each of the
/// largest destinations is accepted, and the fields each country's format requires are required there only.
@Suite("R1 country address rules")
struct ValidationCountryRuleTests {
    static let destinations: [String] = [
        "US", "CN", "GB", "JP", "DE", "FR", "KR", "IN", "CA", "BR", "RU", "AU", "ES", "IT", "NL", "MX", "ID", "TR",
        "SE", "PL", "CH", "BE", "AT", "NO", "DK", "FI", "IE", "PT", "SA", "AE", "IL", "SG", "MY", "TH", "PH", "VN",
        "AR", "CL", "CO", "ZA", "NZ", "HK", "TW", "CZ", "RO", "GR", "HU", "UA", "EG", "NG",
    ]

    /// Every ISO 3166-1 alpha-2 code.
    static let isoCodes: [String] = {
        let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
        return letters.flatMap { first in letters.map { first + $0 } }.filter { CountryCode($0) != nil }
    }()

    @Test("R1: every ISO 3166-1 country has the rule of its format in the address metadata")
    func everyCountryHasARule() {
        #expect(Self.isoCodes.count == 249)
        for code in Self.isoCodes {
            #expect(CountryAddressRule.rule(for: code).format?.country == code, "\(code)")
        }
        #expect(CountryAddressRule.all.count == AddressFormat.all.count)
        #expect(Set(Self.destinations).isSubset(of: CountryAddressRule.all.map(\.country)))
    }

    @Test("R1: a sample address exists for every destination")
    func samplesCoverDestinations() {
        #expect(ValidationAddressSamples.all.count == Self.destinations.count)
        #expect(Set(ValidationAddressSamples.all.map(\.country)) == Set(Self.destinations))
    }

    @Test("R1: a real address in each destination is accepted", arguments: ValidationAddressSamples.all)
    func realAddressIsAccepted(address: PlacementRequest.ShippingAddress) {
        #expect(ValidationFixtures.refusals(of: address) == [])
    }

    /// The destinations whose formats require the region, from the metadata.
    static let regionRequiredCountries: [String] = [
        "US", "CA", "MX", "BR", "AU", "CN", "JP", "KR", "IN", "TW", "ES", "IT", "RU", "HK", "AE", "CO", "ID",
    ]

    @Test("R1: the formats that require a region are the expected ones among the destinations")
    func regionRequiredFromTheFormats() {
        let required = Self.destinations.filter { CountryAddressRule.rule(for: $0).region.isRequired }
        #expect(Set(required) == Set(Self.regionRequiredCountries))
    }

    @Test(
        "R1: countries whose formats require the region refuse an address without one",
        arguments: regionRequiredCountries)
    func regionRequired(country: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.region = nil
        let name = try #require(CountryCode(country)).name
        #expect(
            ValidationFixtures.refusals(of: address) == [
                FieldError(field: "shippingAddress.region", reason: "is required for addresses in \(name)")
            ])
    }

    @Test(
        "R1: other countries accept an address without a region",
        arguments: ["GB", "DE", "FR", "ZA", "NG", "EG", "TH", "IE", "SA", "IL"])
    func regionOptional(country: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.region = nil
        #expect(ValidationFixtures.refusals(of: address) == [])
    }

    @Test(
        "R1: countries whose formats require a postal code refuse an address without one",
        arguments: destinations.filter { CountryAddressRule.rule(for: $0).postalCode.isRequired })
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

    @Test(
        "R1: the city is required where the format requires it, and only there (Japan, Singapore, Hong Kong…)",
        arguments: destinations)
    func cityFollowsTheFormat(country: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.city = " "
        let refusals = ValidationFixtures.refusals(of: address)
        if ["JP", "SG", "HK", "AE", "CO", "ID"].contains(country) {
            #expect(refusals == [], "\(country)")
            #expect(CountryAddressRule.rule(for: country).requiresCity == false)
        } else {
            #expect(refusals == [FieldError(field: "shippingAddress.city", reason: "is required")], "\(country)")
        }
    }

    @Test("R1: a country's rule follows its format: required fields, postal code, subdivisions")
    func rulesFollowTheFormats() {
        for rule in CountryAddressRule.all {
            guard let format = rule.format else { continue }
            #expect(rule.requiresCity == format.requires(.city), "\(rule.country)")
            #expect(rule.region.isRequired == format.requires(.region), "\(rule.country)")
            #expect(rule.postalCode.isRequired == format.requires(.postalCode), "\(rule.country)")
            #expect(rule.region.subdivisions.count == format.subdivisions.count, "\(rule.country)")
        }
    }

    @Test("R1: a country code that is not ISO 3166-1 gets the generic rule: postal code optional, 2–12 characters")
    func genericRule() {
        let rule = CountryAddressRule.rule(for: "XX")
        #expect(rule.format == nil && !rule.postalCode.isRequired && !rule.region.isRequired && rule.requiresCity)
        for (code, matches) in [
            ("00100", true), ("AB-12 C", true), ("1", false), ("1234567890123", false), ("00-", false),
            ("00_100", false),
        ] {
            #expect(rule.postalCode.matches(PostalCodeRule.normalize(code)) == matches, "\(code)")
        }
    }

    @Test("R1: Kenya, outside the destinations, follows its metadata: 5 digits, optional")
    func metadataRule() {
        let kenya = PlacementRequest.ShippingAddress(
            name: "Wanjiru Kamau", line1: "Kenyatta Avenue", city: "Nairobi", postalCode: "00100", country: "KE")
        #expect(ValidationFixtures.refusals(of: kenya) == [])
        var withoutCode = kenya
        withoutCode.postalCode = nil
        #expect(ValidationFixtures.refusals(of: withoutCode) == [])
        for wrong in ["1", "1234567890123", "00-", "00_100", "0010"] {
            var address = kenya
            address.postalCode = wrong
            #expect(
                ValidationFixtures.refusals(of: address) == [
                    FieldError(
                        field: "shippingAddress.postalCode",
                        reason: "does not match the postal code format of Kenya (5 digits, as 20100 or 00100)")
                ], "\(wrong)")
        }
    }
}
