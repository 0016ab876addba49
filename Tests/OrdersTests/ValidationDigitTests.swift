import Contracts
import Orders
import Testing

/// R1: a postal code in the country's own digits is read as the same code in ASCII digits, and stored so.
@Suite("R1 postal-code digits")
struct ValidationDigitTests {
    @Test(
        "R1: the decimal digits of every script become ASCII digits",
        arguments: [
            ("১২০৭", "1207"), ("٢١٥٢٦", "21526"), ("۴۴۰۰۰", "44000"), ("४४६००", "44600"), ("１００－８１１１", "100-8111"),
            ("๕๐๓๐๐", "50300"), ("௬௦௦௦௦௩", "600003"), ("᠑᠐᠐᠐", "1000"), ("𝟏𝟐𝟑", "123"), ("sw1a 1aa", "SW1A 1AA"),
            ("  10117\u{3000}", "10117"), ("K1A\u{3000}0B1", "K1A 0B1"),
        ])
    func normalisesDigits(given: String, stored: String) {
        #expect(PostalCodeRule.normalize(given) == stored)
    }

    @Test(
        "R1: numerals that are not decimal digits stay as they are, and are refused",
        arguments: ["²⁰⁵⁰⁰", "二〇五〇〇", "ⅡⅢ"])
    func keepsOtherNumerals(given: String) throws {
        #expect(PostalCodeRule.normalize(given) == given)
        var address = try ValidationAddressSamples.sample("US")
        address.postalCode = given
        #expect(ValidationFixtures.refusals(of: address).map(\.field) == ["shippingAddress.postalCode"])
    }

    @Test(
        "R1: a code in Bengali, Arabic-Indic or Devanagari digits is accepted where its ASCII form is",
        arguments: [
            ("BD", "ঢাকা", "১২০৭"), ("EG", "الإسكندرية", "٢١٥٢٦"), ("PK", "اسلام آباد", "۴۴۰۰۰"),
            ("NP", "काठमाडौं", "४४६००"), ("LK", "Colombo", "෦෦෧෦෦"),
        ])
    func acceptsOwnDigits(country: String, city: String, postalCode: String) {
        let address = PlacementRequest.ShippingAddress(
            name: "Customer", line1: "1 Main Road", city: city, postalCode: postalCode, country: country)
        #expect(ValidationFixtures.refusals(of: address) == [])
    }

    @Test("R1: a code whose digits mix two scripts is refused", arguments: ["1২07", "১2০৭", "٢1526", "१००-0001"])
    func refusesMixedDigits(postalCode: String) throws {
        var address = try ValidationAddressSamples.sample("JP")
        address.postalCode = postalCode
        #expect(
            ValidationFixtures.refusals(of: address) == [
                FieldError(field: "shippingAddress.postalCode", reason: "mixes digits of different scripts")
            ])
    }
}
