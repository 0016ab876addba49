import Contracts
import Orders
import Testing

/// R1: postal codes follow their country's pattern, after safe normalisation only.
@Suite("R1 postal codes")
struct ValidationPostalCodeTests {
    /// The refusals of `country`'s sample address with `postalCode`, in `region` when the sample's region has
    /// other postal codes.
    private func refusals(country: String, postalCode: String, region: String? = nil) throws -> [FieldError] {
        var address = try ValidationAddressSamples.sample(country)
        address.postalCode = postalCode
        if let region { address.region = region }
        return ValidationFixtures.refusals(of: address)
    }

    /// The region of a postal code below whose region is not the sample's.
    static let regions = ["H3Z 2Y7": "QC", "T0L1K0": "AB", "110 001": "Delhi"]

    @Test(
        "R1: real postal codes in each country's accepted spellings pass",
        arguments: [
            ("GB", "SW1A 1AA"), ("GB", "EC1A 1BB"), ("GB", "W1A 0AX"), ("GB", "M1 1AE"), ("GB", "B33 8TH"),
            ("GB", "CR2 6XH"), ("GB", "DN55 1PT"), ("GB", "GIR 0AA"), ("GB", "SW1A1AA"), ("CA", "K1A 0B1"),
            ("CA", "H3Z 2Y7"), ("CA", "T0L1K0"), ("NL", "1234 AB"), ("NL", "1071XX"), ("BR", "01310-100"),
            ("BR", "01310100"), ("JP", "100-0001"), ("JP", "1000001"), ("US", "20500"), ("US", "20500-0003"),
            ("IE", "D02 X285"), ("IE", "D6W 1234"), ("IE", "A65F4E2"), ("AR", "1010"), ("PL", "00950"),
            ("PT", "1400038"), ("SE", "11130"), ("CZ", "11908"), ("GR", "11742"), ("TW", "11049"), ("TW", "110001"),
            ("VN", "10000"), ("SA", "12214-1234"), ("IN", "110 001"),
        ])
    func acceptedPostalCode(country: String, postalCode: String) throws {
        #expect(try refusals(country: country, postalCode: postalCode, region: Self.regions[postalCode]) == [])
    }

    @Test(
        "R1: safe normalisation (case, spaces, digits of any script, full-width forms) before matching",
        arguments: [
            ("GB", "sw1a 1aa", "SW1A 1AA"), ("GB", "  SW1A   1AA ", "SW1A 1AA"), ("CA", "k1a 0b1", "K1A 0B1"),
            ("NL", "1071 xx", "1071 XX"), ("IE", "d02 x285", "D02 X285"), ("AR", "c1010aan", "C1010AAN"),
            ("JP", "１００－０００１", "100-0001"), ("CN", "１００００９", "100009"), ("DE", " 10117 ", "10117"),
            ("US", "٢٠٥٠٠", "20500"), ("SA", "١٢٢١٤", "12214"), ("IL", "۶۱۳۳۲۰۱", "6133201"),
            ("IN", "२८२००१", "282001"), ("TH", "๑๐๒๐๐", "10200"), ("EG", "١١٥١٦", "11516"),
        ])
    func normalisedPostalCode(country: String, given: String, stored: String) throws {
        #expect(try refusals(country: country, postalCode: given) == [])
        var address = try ValidationAddressSamples.sample(country)
        address.postalCode = given
        let normalized = PlacementValidator().normalized(ValidationFixtures.request(address: address))
        #expect(normalized.shippingAddress.postalCode == stored)
    }

    @Test(
        "R1: exact refusals name the country and its format",
        arguments: [
            ("BR", "01310-10", "does not match the postal code format of Brazil (8 digits, as 01310-100)"),
            (
                "GB", "SW1A 1A",
                "does not match the postal code format of United Kingdom (as SW1A 1AA, M1 1AE or DN55 1PT)"
            ),
            (
                "US", "2050",
                "does not match the postal code format of United States (5 digits or ZIP+4, as 20500 or 20500-0003)"
            ),
            (
                "CA", "D1A 0B1",
                "does not match the postal code format of Canada (A9A 9A9, as K1A 0B1)"
            ),
            ("JP", "100-001", "does not match the postal code format of Japan (7 digits, as 100-0001)"),
            (
                "NL", "1234 SS",
                "does not match the postal code format of Netherlands (4 digits and 2 letters, as 1071 XX)"
            ),
            ("IE", "Z02 X285", "does not match the postal code format of Ireland (an Eircode, as D02 X285)"),
        ])
    func exactRefusal(country: String, postalCode: String, reason: String) throws {
        #expect(
            try refusals(country: country, postalCode: postalCode) == [
                FieldError(field: "shippingAddress.postalCode", reason: reason)
            ])
    }

    /// One wrong code per country with a pattern: a digit short, a letter where the country has digits,
    /// a range the country does not use, a well-known foreign format.
    static let wrongCodes: [(String, String)] = [
        ("US", "123456"), ("US", "20500-03"), ("US", "١٢٣٤"), ("CA", "K1A-0B1"), ("CA", "W1A 0B1"), ("MX", "0605"),
        ("BR", "01310-1000"), ("AR", "C101AAN"), ("CL", "834045"), ("CO", "11032"),
        ("GB", "Q1A 1AA"), ("GB", "SW1A 1CA"), ("GB", "12345"), ("IE", "D02 X28"), ("DE", "1011"), ("FR", "7500A"),
        ("ES", "53001"), ("IT", "0018"), ("NL", "0123 AB"), ("NL", "1234 SA"), ("BE", "0999"), ("AT", "01130"),
        ("CH", "CH-3005"), ("PT", "1400-38"), ("SE", "011 30"), ("NO", "015"), ("DK", "16300"), ("FI", "0017"),
        ("PL", "009-01"), ("CZ", "919 08"), ("RO", "05056"), ("GR", "917 42"), ("HU", "0155"), ("UA", "0100"),
        ("RU", "10901"), ("TR", "82000"),
        ("CN", "10000"), ("JP", "100 0005"), ("KR", "030450"), ("IN", "082001"), ("TW", "1104"), ("SG", "01895"),
        ("MY", "5008"), ("ID", "01011"), ("TH", "02000"), ("PH", "10000"), ("VN", "1000"), ("AU", "200"),
        ("NZ", "60110"),
        ("SA", "1221"), ("IL", "61332"), ("EG", "1151"), ("NG", "10124"), ("ZA", "00020"),
    ]

    @Test("R1: a wrong postal code is refused on shippingAddress.postalCode", arguments: wrongCodes)
    func wrongPostalCode(country: String, postalCode: String) throws {
        let name = try #require(CountryCode(country)).name
        let refusals = try refusals(country: country, postalCode: postalCode)
        #expect(refusals.map(\.field) == ["shippingAddress.postalCode"])
        #expect(refusals.first?.reason.hasPrefix("does not match the postal code format of \(name) (") == true)
    }

    @Test("R1: every destination with a postal code has a wrong-code case above")
    func wrongCodesCoverEveryPattern() {
        let patterned = ValidationCountryRuleTests.destinations.filter {
            CountryAddressRule.rule(for: $0).postalCode.format != nil
        }
        #expect(Set(patterned).subtracting(Self.wrongCodes.map(\.0)).isEmpty)
        #expect(patterned.count == 48)
    }

    @Test(
        "R1: countries without postal codes accept one that looks like a code, and refuse junk",
        arguments: ["HK", "AE"])
    func postalCodeNotUsed(country: String) throws {
        #expect(try refusals(country: country, postalCode: "999077") == [])
        #expect(
            try refusals(country: country, postalCode: "n/a") == [
                FieldError(
                    field: "shippingAddress.postalCode", reason: "must be 2 to 12 letters, digits, spaces or hyphens")
            ])
    }
}
