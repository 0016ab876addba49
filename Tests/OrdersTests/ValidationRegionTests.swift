import Contracts
import Orders
import Testing

/// R1: a region is one of its country's subdivisions where the address metadata lists them, written by its key,
/// ISO 3166-2 code or any of its names in the local or Latin script; and a postal code must belong to it.
@Suite("R1 regions")
struct ValidationRegionTests {
    /// The refusals of `country`'s sample address on its region field, with `region` instead.
    private func regionRefusals(_ country: String, _ region: String) throws -> [FieldError] {
        var address = try ValidationAddressSamples.sample(country)
        address.region = region
        return ValidationFixtures.refusals(of: address).filter { $0.field == "shippingAddress.region" }
    }

    @Test("R1: subdivision lists come from the metadata: US 62, CA 13, AU 9, BR 27, MX 32, JP 47, CN 34, IN 36")
    func subdivisionCounts() {
        let sizes = ["US": 62, "CA": 13, "AU": 9, "BR": 27, "MX": 32, "JP": 47, "CN": 34, "IN": 36]
        for (country, size) in sizes {
            #expect(CountryAddressRule.rule(for: country).region.subdivisions.count == size, "\(country)")
        }
    }

    @Test(
        "R1: a subdivision is accepted by its key, ISO code or name, in any case or script the metadata gives",
        arguments: [
            ("US", "NY"), ("US", "CA"), ("US", "DC"), ("US", "PR"), ("US", "GU"), ("US", "AE"), ("US", "New York"),
            ("US", "new york"), ("US", "US-NY"), ("CA", "QC"), ("CA", "NU"), ("CA", "Ontario"), ("CA", "Quebec"),
            ("CA", "Québec"), ("CA", "QUÉBEC"), ("AU", "VIC"), ("AU", "ACT"), ("AU", "Victoria"),
            ("BR", "RJ"), ("BR", "DF"), ("BR", "São Paulo"), ("BR", "SAO PAULO"), ("MX", "JAL"), ("MX", "NLE"),
            ("MX", "CDMX"), ("MX", "Jal."), ("MX", "Nuevo Leon"), ("JP", "東京都"), ("JP", "東京"), ("JP", "Tokyo"),
            ("JP", "13"), ("JP", "JP-13"), ("CN", "北京市"), ("CN", "北京"), ("CN", "Beijing Shi"), ("CN", "Beijing"),
            ("KR", "서울특별시"), ("KR", "서울"), ("KR", "Seoul"), ("IN", "Maharashtra"), ("IN", "MH"),
            ("IN", "महाराष्ट्र"), ("TW", "臺北市"), ("TW", "台北市"), ("TW", "Taipei City"), ("IE", "Co. Dublin"),
            ("IE", "County Dublin"), ("IE", "Dublin"), ("IE", "D"), ("AE", "دبي"), ("AE", "Dubai"), ("AE", "DU"),
            ("ES", "Barcelona"), ("ES", "B"), ("EG", "Cairo"), ("EG", "القاهرة"), ("TH", "จังหวัดกรุงเทพมหานคร"),
            ("TH", "Bangkok"), ("CO", "Bogotá D.C."), ("CO", "Bogota"), ("MY", "WP Kuala Lumpur"),
            ("HK", "香港島"), ("HK", "Kowloon"), ("RU", "Moskva"), ("IT", "Roma"), ("IT", "RM"),
        ])
    func acceptedRegion(country: String, region: String) throws {
        #expect(try regionRefusals(country, region) == [])
    }

    @Test(
        "R1: an unknown subdivision is refused with the forms to use",
        arguments: [
            ("US", "XX", "is not a state or territory of United States (as AL or Alabama)"),
            ("US", "Nueva York", "is not a state or territory of United States (as AL or Alabama)"),
            ("CA", "PQ", "is not a province or territory of Canada (as AB or Alberta)"),
            ("BR", "Sao Paolo", "is not a state of Brazil (as AC or Acre)"),
            ("MX", "Texas", "is not a state of Mexico (as Ags. or Aguascalientes)"),
            ("JP", "Tokio-shi", "is not a prefecture of Japan (as 北海道 or Hokkaido)"),
            ("IE", "Dublin 2", "is not a county of Ireland (as Co. Carlow or CW)"),
        ])
    func refusedRegion(country: String, region: String, reason: String) throws {
        #expect(try regionRefusals(country, region) == [FieldError(field: "shippingAddress.region", reason: reason)])
    }

    @Test(
        "R1: a code in lower or mixed case names its subdivision, as Google's validator reads it",
        arguments: [
            ("US", "ny"), ("US", "Ny"), ("AU", "nsw"), ("BR", "sp"), ("CA", "qc"), ("ES", "b"), ("IT", "rm"),
            ("IE", "d"), ("MX", "cmx"), ("US", "us-ny"),
        ])
    func lowerCaseCode(country: String, region: String) throws {
        #expect(try regionRefusals(country, region) == [])
    }

    @Test("R1: a code in lower case is the subdivision whose postal codes it checks")
    func lowerCaseCodeChecksPrefixes() throws {
        var address = try ValidationAddressSamples.sample("US")
        address.region = "ny"
        address.postalCode = "90210"
        #expect(
            ValidationFixtures.refusals(of: address) == [
                FieldError(
                    field: "shippingAddress.postalCode",
                    reason:
                        "does not belong to New York (NY), whose ZIP codes start with 10 to 14, 06390, 00501 or 00544")
            ])
    }

    @Test("R1: a form two subdivisions share names neither (Hsinchu City and Hsinchu County)")
    func sharedFormIsRefused() throws {
        #expect(try regionRefusals("TW", "Hsinchu").count == 1)
        #expect(try regionRefusals("TW", "Hsinchu City") == [])
        #expect(try regionRefusals("TW", "新竹縣") == [])
    }

    @Test("R1: where the metadata lists no subdivisions any safe text is a region", arguments: ["GB", "ZA", "SA"])
    func freeTextRegion(country: String) throws {
        #expect(try regionRefusals(country, "Somewhere Shire") == [])
        #expect(try regionRefusals(country, "Some\u{202E}where").count == 1)
    }

    @Test(
        "R1: a postal code of another region is refused, naming the region and its prefixes",
        arguments: [
            (
                "US", "NY", "90210",
                "does not belong to New York (NY), whose ZIP codes start with 10 to 14, 06390, 00501 or 00544"
            ),
            (
                "US", "TX", "10001",
                "does not belong to Texas (TX), whose ZIP codes start with 75 to 79, 885, 73301 or 73344"
            ),
            ("CA", "BC", "M5V 3L9", "does not belong to British Columbia (BC), whose postal codes start with V"),
            (
                "CA", "British Columbia", "m5v3l9",
                "does not belong to British Columbia (BC), whose postal codes start with V"
            ),
            (
                "JP", "大阪府", "100-8111",
                "does not belong to 大阪府 (Osaka), whose postal codes start with 53 to 59, 618 or 630"
            ),
            (
                "IN", "Karnataka", "400001",
                "does not belong to Karnataka, whose PIN codes start with 54 to 59 or 537 to 539"
            ),
            ("BR", "RJ", "01002-900", "does not belong to Rio de Janeiro (RJ), whose postal codes start with 20 to 28"),
        ])
    func postalCodeOfAnotherRegion(country: String, region: String, postalCode: String, reason: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.region = region
        address.postalCode = postalCode
        #expect(
            ValidationFixtures.refusals(of: address) == [
                FieldError(field: "shippingAddress.postalCode", reason: reason)
            ])
    }

    @Test(
        "R1: a postal code of the region it names is accepted",
        arguments: [
            ("US", "NY", "10018"), ("US", "New York", "00501"), ("US", "TX", "73301"), ("CA", "QC", "K1A 0B1"),
            ("CA", "ON", "K1A 0B1"), ("JP", "Osaka", "530-8201"), ("IN", "DL", "110004"), ("AU", "ACT", "2600"),
        ])
    func postalCodeOfItsRegion(country: String, region: String, postalCode: String) throws {
        var address = try ValidationAddressSamples.sample(country)
        address.region = region
        address.postalCode = postalCode
        #expect(ValidationFixtures.refusals(of: address) == [])
    }

    @Test("R1: a region with a postal code of its own in its country's data (Hong Kong and Macao in China's)")
    func subdivisionOverrides() {
        let hongKong = PlacementRequest.ShippingAddress(
            name: "陳大文", line1: "皇后大道中1號", city: "中西區", region: "香港", postalCode: "999077", country: "CN")
        #expect(ValidationFixtures.refusals(of: hongKong) == [])
        var wrongCode = hongKong
        wrongCode.postalCode = "100081"
        #expect(ValidationFixtures.refusals(of: wrongCode).map(\.field) == ["shippingAddress.postalCode"])
        // Macao's own required fields are the street address alone: no city, no postal code.
        let macao = PlacementRequest.ShippingAddress(
            name: "何家明", line1: "亞美打利庇盧大馬路", city: "", region: "澳门", country: "CN")
        #expect(ValidationFixtures.refusals(of: macao) == [])
    }
}
