import Foundation
import InputRules
import PropertyBased
import Testing

/// The text policy on random text drawn from letters, marks, digits, punctuation and every kind of scalar it
/// refuses: it never traps, what it accepts is safe, and a raw `<` or `>` anywhere is refused.
@Suite("Text policy properties")
struct TextRulePropertyTests {
    /// Scalars of every kind the policy judges: letters of several scripts, combining marks (U+0301, U+0338),
    /// digits and punctuation, controls, bidirectional overrides, invisible characters and joiners, emoji, markup.
    static let pool: [Unicode.Scalar] = [
        "a", "Z", "\u{E9}", "\u{4E2D}", "\u{0915}", "\u{094D}", "\u{0627}", "\u{301}", "\u{338}", "0", "9", " ", "-",
        "'", "&", "#", ";", ":", "/", ".", ",", "<", ">", "\u{0}", "\n", "\r", "\t", "\u{1B}", "\u{7F}", "\u{85}",
        "\u{2028}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{1F600}", "\u{2764}",
        "\u{FE0F}",
    ]

    static let text = Gen.element(of: pool).map { $0! }.array(of: 0...60).map { scalars in
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static let rules: [TextRule] = [
        .personName, .line1, .line2, .city, .optionalCity, .region, .postalCode, .phone, .partyName, .listingTitle,
        .packagingInstructions, TextRule(maxLength: 5, isRequired: true),
    ]

    @Test("accepted text has no control (but an allowed line feed), override, emoji, markup, and fits both limits")
    func acceptedTextIsSafe() async {
        await propertyCheck(count: 2_000, input: Self.text, Gen.element(of: Self.rules).map { $0! }) { value, rule in
            guard rule.refusal(of: value) == nil else { return }
            let scalars = value.unicodeScalars
            #expect(!scalars.contains("<") && !scalars.contains(">"))
            #expect(!scalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
            #expect(rule.allowsLineBreaks || !scalars.contains("\n"))
            #expect(!scalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
            #expect(!scalars.contains { $0.properties.isEmojiPresentation })
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(trimmed.count <= rule.maxLength && trimmed.unicodeScalars.count <= rule.maxScalars)
        }
    }

    @Test("a < or > scalar anywhere, whatever follows it, is refused")
    func bracketsAreAlwaysRefused() async {
        await propertyCheck(count: 1_000, input: Self.text, Self.text, Gen.element(of: ["<", ">"]).map { $0! }) {
            before, after, bracket in
            let value = "x" + before + bracket + "\u{338}" + after
            #expect(TextRule(maxLength: 1_000, isRequired: true).refusal(of: value) != nil)
        }
    }
}
