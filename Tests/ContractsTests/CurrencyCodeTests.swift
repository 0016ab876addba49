import Contracts
import Foundation
import Testing

/// `CurrencyCode`: only ISO 4217 currencies with minor units, which R1 requires of a listing's price.
@Suite("CurrencyCode")
struct CurrencyCodeTests {
    @Test(
        "valid codes carry their ISO minor units and name",
        arguments: [
            ("EUR", 2, "Euro"), ("USD", 2, "US Dollar"), ("JPY", 0, "Yen"), ("ISK", 0, "Iceland Krona"),
            ("BHD", 3, "Bahraini Dinar"), ("KWD", 3, "Kuwaiti Dinar"), ("CLF", 4, "Unidad de Fomento"),
        ])
    func valid(code: String, minorUnits: Int, name: String) throws {
        let currency = try #require(CurrencyCode(code))
        #expect(currency.code == code)
        #expect(currency.minorUnits == minorUnits)
        #expect(currency.name == name)
        #expect(currency.description == code)
    }

    @Test(
        "unknown codes, lower case and codes without minor units (N.A.) are not currencies",
        arguments: ["", "EURO", "EU", "ABC", "eur", "Eur", " EUR", "XAU", "XAG", "XDR", "XBA", "XTS", "XXX"])
    func invalid(code: String) {
        #expect(CurrencyCode(code) == nil)
    }

    @Test("JSON is the bare code; decoding refuses a code that is not a currency with minor units")
    func codable() throws {
        let euro = try #require(CurrencyCode("EUR"))
        #expect(String(decoding: try JSONEncoder().encode(euro), as: UTF8.self) == "\"EUR\"")
        #expect(try JSONDecoder().decode(CurrencyCode.self, from: Data("\"BHD\"".utf8)).minorUnits == 3)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CurrencyCode.self, from: Data("\"XAU\"".utf8))
        }
    }
}
