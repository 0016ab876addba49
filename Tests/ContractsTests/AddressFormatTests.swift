import Contracts
import Testing

/// `AddressFormat`: the table generated from Google's address metadata by Deploy/scripts/generate-address-formats.py.
@Suite("AddressFormat")
struct AddressFormatTests {
    @Test("the table covers 252 countries and territories, every ISO 3166-1 code among them, in code order")
    func coverage() {
        let codes = AddressFormat.all.map(\.country)
        #expect(codes.count == 252)
        #expect(codes == codes.sorted())
        #expect(Set(codes).count == codes.count)
        let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
        let iso = letters.flatMap { first in letters.map { first + $0 } }.filter { CountryCode($0) != nil }
        #expect(iso.allSatisfy { AddressFormat.format(for: $0) != nil })
        #expect(Set(codes).subtracting(iso) == ["AC", "TA", "XK"])
        #expect(AddressFormat.all.reduce(0) { $0 + $1.subdivisions.count } == 1_375)
    }

    @Test("the United States: fields, requirements, ZIP code pattern, and New York's prefixes")
    func unitedStates() throws {
        let us = try #require(AddressFormat.format(for: "US"))
        #expect(us.fields == "NOACSZ" && us.requiredFields == "ACSZ")
        #expect(us.uses(.region) && us.requires(.postalCode) && !us.uses(.dependentLocality))
        #expect(us.postalCodeKind == "zip" && us.regionKind == "state")
        let newYork = try #require(us.subdivisions.first { $0.key == "NY" })
        #expect(newYork.isoCode == "NY" && newYork.names == ["New York"])
        #expect(newYork.postalCodePrefix == "1[0-4]|06390|00501|00544")
        #expect(newYork.postalCodePrefixText == "10 to 14, 06390, 00501 or 00544")
    }

    @Test("Japan has no city in its format; its prefectures have Latin names and ISO codes")
    func japan() throws {
        let japan = try #require(AddressFormat.format(for: "JP"))
        #expect(!japan.uses(.city) && japan.requiredFields == "ASZ")
        let tokyo = try #require(japan.subdivisions.first { $0.key == "東京都" })
        #expect(tokyo.latinNames == ["Tokyo"] && tokyo.isoCode == "13")
    }

    @Test("names are merged across the metadata's translations (Canada's French, India's Hindi, Spain's Catalan)")
    func translations() throws {
        let quebec = try #require(AddressFormat.format(for: "CA")?.subdivisions.first { $0.key == "QC" })
        #expect(quebec.names == ["Quebec", "Québec"])
        let delhi = try #require(AddressFormat.format(for: "IN")?.subdivisions.first { $0.key == "Delhi" })
        #expect(delhi.names.contains("दिल्ली"))
        let girona = try #require(AddressFormat.format(for: "ES")?.subdivisions.first { $0.key == "GI" })
        #expect(girona.names.contains("Girona"))
    }

    @Test("China's data gives Hong Kong and Macao their own postal codes and required fields")
    func subdivisionOverrides() throws {
        let china = try #require(AddressFormat.format(for: "CN"))
        let hongKong = try #require(china.subdivisions.first { $0.key == "香港" })
        #expect(hongKong.postalCodePattern == "999077" && hongKong.requiredFields == "ACS")
        let macao = try #require(china.subdivisions.first { $0.key == "澳门" })
        #expect(macao.requiredFields == "A")
    }

    @Test("every pattern and prefix compiles as a Swift regular expression, and every example matches its country's")
    func patternsCompile() throws {
        for format in AddressFormat.all {
            if let pattern = format.postalCodePattern {
                let regex = try Regex(pattern)
                for example in format.postalCodeExamples {
                    #expect(example.wholeMatch(of: regex) != nil, "\(format.country) \(example)")
                }
            }
            for subdivision in format.subdivisions {
                if let prefix = subdivision.postalCodePrefix {
                    _ = try Regex(prefix)
                    #expect(subdivision.postalCodePrefixText?.isEmpty == false, "\(format.country) \(subdivision.key)")
                }
                if let pattern = subdivision.postalCodePattern { _ = try Regex(pattern) }
            }
        }
    }

    @Test("required fields are among the fields a format uses, as AddressField letters")
    func requiredFieldsAreUsed() {
        let letters = Set(AddressField.allCases.map(\.rawValue))
        for format in AddressFormat.all {
            #expect(format.requiredFields.allSatisfy { format.fields.contains($0) }, "\(format.country)")
            #expect(format.fields.allSatisfy(letters.contains), "\(format.country)")
            #expect(format.subdivisions.isEmpty || format.uses(.region), "\(format.country)")
        }
    }
}
