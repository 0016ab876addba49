import Contracts
import Orders
import Testing

/// R1's postal-code patterns: the metadata's for every country, Dropline's conventions where they replace them,
/// each compiling and each accepting every example postal code the metadata gives for its country.
@Suite("R1 postal-code patterns")
struct ValidationConventionTests {
    @Test(
        "R1: every country's pattern accepts the metadata's own example postal codes",
        arguments: CountryAddressRule.all.filter { $0.format?.postalCodeExamples.isEmpty == false })
    func patternAcceptsMetadataExamples(rule: CountryAddressRule) throws {
        let format = try #require(rule.format)
        for example in format.postalCodeExamples {
            #expect(rule.postalCode.matches(PostalCodeRule.normalize(example)), "\(rule.country) \(example)")
        }
    }

    @Test("R1: a country without postal codes in its format has none to require, and a pattern for one given anyway")
    func notUsed() {
        let notUsed = CountryAddressRule.all.filter { $0.postalCode.requirement == .notUsed }
        #expect(notUsed.count == AddressFormat.all.filter { !$0.uses(.postalCode) }.count)
        #expect(notUsed.allSatisfy { $0.postalCode.format == nil && $0.postalCode.matches("999077") })
        #expect(Set(["HK", "AE", "QA", "GH"]).isSubset(of: notUsed.map(\.country)))
    }

    @Test("R1: every destination's refusal describes its postal codes in words, with an example")
    func destinationsHaveDescriptions() {
        for country in ValidationCountryRuleTests.destinations where !["HK", "AE"].contains(country) {
            let format = CountryAddressRule.rule(for: country).postalCode.format
            #expect(format?.contains("as ") == true, "\(country)")
        }
    }
}

extension CountryAddressRule: CustomTestStringConvertible {
    public var testDescription: String { country }
}
