import Contracts
import Testing

/// The HS 2022 subheading table in Contracts that commercial invoices are verified against (R9).
@Suite("Harmonized System table")
struct HarmonizedSystemTests {
    @Test("R9: the table holds the 5,612 HS 2022 subheadings")
    func count() {
        #expect(HarmonizedSystem.subheadingCount == 5612)
    }

    @Test(
        "R9: a subheading is six ASCII digits listed in the nomenclature",
        arguments: [
            ("610910", true), ("010121", true), ("970690", true), ("999999", false), ("61091", false),
            ("6109100", false), ("6109.10", false), ("6109 10", false), ("10121", false), ("", false),
            ("６１０９１０", false), ("61091O", false),
        ])
    func subheading(code: String, listed: Bool) {
        #expect(HarmonizedSystem.isSubheading(code) == listed)
        #expect((HarmonizedSystem.description(ofSubheading: code) != nil) == listed)
    }

    @Test("R9: descriptions come from the nomenclature, leading zeros kept")
    func descriptions() {
        #expect(
            HarmonizedSystem.description(ofSubheading: "610910")
                == "T-shirts, singlets and other vests; of cotton, knitted or crocheted")
        #expect(HarmonizedSystem.description(ofSubheading: "010121") == "Horses; live, pure-bred breeding animals")
    }
}
