import InputRules
import Testing

/// The one text policy, as placement and the catalogue apply it: scalar by scalar, with lengths bounded in
/// characters and in Unicode scalars.
@Suite("Text policy")
struct TextRuleTests {
    @Test(
        "Finding 10: a combining mark after < or > does not hide it; the markup check compares Unicode scalars",
        arguments: [
            "Ana <\u{338}b", "Ana >\u{338}b", "<\u{301}script>", "x <\u{20D2} y", "Ana <\u{338}b onload=x",
            "javascript\u{3A}\u{301}alert(1)",
        ])
    func finding10_markupHiddenBehindCombiningMark(value: String) {
        #expect(!value.contains("<") || value.unicodeScalars.contains("<"))
        #expect(TextRule.personName.refusal(of: value) == "contains markup")
        #expect(TextRule.listingTitle.refusal(of: value) == "contains markup")
        #expect(MarkupScan.looksLikeMarkup(value))
    }

    @Test("the Character comparison the scalar check replaces misses the < of \"Ana <\\u{338}b\"")
    func characterComparisonMissesTheBracket() {
        let value = "Ana <\u{338}b"
        #expect(!value.contains(where: { $0 == "<" }))
        #expect(value.unicodeScalars.contains("<"))
    }

    @Test(
        "script URLs are refused in any case, scalar by scalar",
        arguments: ["javascript:alert(1)", "JavaScript:void(0)", "x VBSCRIPT:msgbox", "see javascript:"])
    func scriptURLs(value: String) {
        #expect(MarkupScan.looksLikeMarkup(value))
    }

    @Test("text that only looks like the words is accepted", arguments: ["Java Script Co.", "Tom & Jerry", "a; b"])
    func notMarkup(value: String) {
        #expect(!MarkupScan.looksLikeMarkup(value))
        #expect(TextRule.partyName.refusal(of: value) == nil)
    }

    @Test("a listing title holds at most 200 characters and 800 Unicode scalars")
    func titleLength() {
        #expect(TextRule.listingTitle.refusal(of: String(repeating: "a", count: 200)) == nil)
        #expect(
            TextRule.listingTitle.refusal(of: String(repeating: "a", count: 201)) == "is longer than 200 characters")
        #expect(
            TextRule.listingTitle.refusal(of: String(repeating: "a", count: 900_000))
                == "is longer than 200 characters")
        // One character stacked with 900 combining marks: 1 character, 901 scalars.
        let stacked = "a" + String(repeating: "\u{301}", count: 900)
        #expect(stacked.count == 1)
        #expect(TextRule.listingTitle.refusal(of: stacked) == "is longer than 800 Unicode scalars")
    }

    @Test("a value far beyond the limits is refused for its length before its scalars are judged; blank stays blank")
    func farBeyondTheLimits() {
        let huge = "<script>" + String(repeating: "x", count: 900_000)
        #expect(TextRule.listingTitle.refusal(of: huge) == "is longer than 200 characters")
        #expect(TextRule.listingTitle.refusal(of: String(repeating: " ", count: 900_000)) == "is required")
        #expect(TextRule.line2.refusal(of: String(repeating: " ", count: 900_000)) == nil)
    }

    @Test("a line feed is accepted only where the field allows line breaks; other controls never")
    func lineBreaks() {
        #expect(TextRule.packagingInstructions.refusal(of: "Fold in tissue.\nNo invoice.") == nil)
        #expect(TextRule.packagingInstructions.refusal(of: "Fold\r\nNo invoice.") == "contains a control character")
        #expect(TextRule.packagingInstructions.refusal(of: "Fold\u{1B}[31m") == "contains a control character")
        #expect(TextRule.listingTitle.refusal(of: "Two\nlines") == "contains a control character")
    }

    @Test(
        "Finding 9: catalogue names with NUL, ESC, RLO or a script tag are refused, each with its reason",
        arguments: [
            ("Acme\u{0}Tees", "contains a control character"), ("Acme\u{1B}[2J", "contains a control character"),
            ("\u{202E}seeT emcA", "contains a bidirectional override"),
            ("<script>alert(1)</script>", "contains markup"),
        ])
    func finding9_unsafeNames(value: String, reason: String) {
        #expect(TextRule.partyName.refusal(of: value) == reason)
    }
}
