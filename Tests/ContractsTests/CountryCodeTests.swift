import Contracts
import Foundation
import Testing

/// `CountryCode`: ISO 3166-1 alpha-2 in upper case, the form R1 requires of a shipping address's country.
@Suite("CountryCode")
struct CountryCodeTests {
    @Test(
        "valid codes carry their English short name",
        arguments: [
            ("BR", "Brazil"), ("GB", "United Kingdom"), ("US", "United States"), ("DE", "Germany"), ("JP", "Japan"),
            ("HK", "Hong Kong"), ("AX", "Åland Islands"),
        ])
    func valid(code: String, name: String) throws {
        let country = try #require(CountryCode(code))
        #expect(country.code == code)
        #expect(country.name == name)
        #expect(country.description == code)
    }

    @Test(
        "unknown, alpha-3, reserved and lower-case codes are refused",
        arguments: ["", "XX", "UK", "EU", "BRA", "B", "br", "Br", "gb", " BR", "Brazil"])
    func invalid(code: String) {
        #expect(CountryCode(code) == nil)
    }

    @Test("the table holds the 249 ISO 3166-1 codes")
    func tableSize() {
        let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
        let codes = letters.flatMap { first in letters.map { first + $0 } }
        #expect(codes.filter { CountryCode($0) != nil }.count == 249)
    }

    @Test("JSON is the bare code; decoding refuses a lower-case or unknown code")
    func codable() throws {
        let brazil = try #require(CountryCode("BR"))
        #expect(String(decoding: try JSONEncoder().encode(brazil), as: UTF8.self) == "\"BR\"")
        #expect(try JSONDecoder().decode(CountryCode.self, from: Data("\"BR\"".utf8)) == brazil)
        for text in ["\"br\"", "\"XX\""] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(CountryCode.self, from: Data(text.utf8)) }
        }
    }
}
