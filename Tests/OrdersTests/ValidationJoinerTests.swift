import Contracts
import Orders
import Testing

/// R1: the zero-width joiner (U+200D) and non-joiner (U+200C) are letters' business in the scripts that use them
/// inside words, and an invisible disguise everywhere else.
@Suite("R1 joiners")
struct ValidationJoinerTests {
    typealias TextField = ValidationTextFieldTests.TextField

    static let accepted = [
        "क्\u{200D}ष",  // Devanagari: a half form kept visible
        "लक्ष्\u{200D}मी श्रेष्\u{200D}ठ",  // Nepali name
        "कर्\u{200D}हाडे",  // Marathi: eyelash ra
        "पुल्\u{200C}चोक",  // Devanagari: an explicit virama
        "র\u{200D}্যাংগস ভবন",  // Bengali: ra and ya-phala
        "ਸ੍\u{200D}ਵ",  // Gurmukhi
        "ஸ்\u{200D}ரீ",  // Tamil
        "ശ്\u{200D}രീ",  // Malayalam
        "അനില്\u{200D} കുമാര്\u{200D}",  // Malayalam: the older chillu spelling, at the end of each word
        "സ്റ്റേഷന്\u{200D} റോഡ്, ഗാന്ധി നഗര്\u{200D}, 12",  // the same before a space and before a comma
        "कर्\u{200D}",  // Devanagari: a half form asked for at a word's end
        "ශ්\u{200D}රී ලංකා",  // Sinhala: the joiner of Sri
        "کتاب\u{200C}خانه",  // Persian
        "می\u{200C}خواهم",  // Persian: a prefix kept apart
    ]

    @Test("R1: a joiner inside a word of a script that uses it is accepted", arguments: accepted, TextField.allCases)
    func acceptsJoinerInWord(value: String, field: TextField) throws {
        #expect(try field.refusals(with: value) == [])
    }

    static let refused: [(String, String)] = [
        ("\u{200D}क्ष", "leading"),
        ("क्ष\u{200D}", "trailing"),
        ("അനിൽ\u{200D}", "after an atomic chillu, a letter, at a word's end"),
        ("നഗര്\u{200C}", "a non-joiner after a virama at a word's end"),
        ("നഗര്\u{200D}\u{200D}", "two joiners after a virama"),
        ("നഗര്\u{200D}Kochi", "after a Malayalam virama, before a Latin letter"),
        ("کتاب\u{200D}", "after an Arabic letter at a word's end"),
        ("क्ष\u{200D} नगर", "before a space"),
        ("क्\u{200D}\u{200D}ष", "doubled"),
        ("क्\u{200C}\u{200D}ष", "a non-joiner and a joiner"),
        ("Jo\u{200D}hn", "between Latin letters"),
        ("Pay\u{200C}Pal", "between Latin letters"),
        ("\u{200D}", "alone"),
        ("Gate \u{200D} 35", "between spaces"),
        ("क्\u{200D}Kamla", "between Devanagari and Latin"),
        ("क्\u{200D}ষ", "between Devanagari and Bengali"),
        ("Москва\u{200C}", "after Cyrillic"),
        ("北京\u{200D}市", "between Han characters"),
        ("क्\u{200B}ष", "a zero-width space, in Devanagari too"),
        ("کتاب\u{200E}خانه", "a direction mark, in Persian too"),
        ("क्\u{2060}ष", "a word joiner"),
    ]

    @Test(
        "R1: a joiner anywhere else is an invisible character",
        arguments: refused, [TextField.customerName, .shippingName, .line1, .city, .region])
    func refusesJoinerElsewhere(text: (value: String, where: String), field: TextField) throws {
        #expect(
            try field.refusals(with: text.value) == [
                FieldError(field: field.rawValue, reason: "contains an invisible character")
            ], "\(text.where)")
    }

    @Test("R1: an emoji sequence joined by a zero-width joiner is still an emoji")
    func emojiSequence() throws {
        #expect(
            try TextField.line1.refusals(with: "Family 👨\u{200D}👩\u{200D}👧") == [
                FieldError(field: "shippingAddress.line1", reason: "contains an emoji")
            ])
    }

    @Test("R1: the normalised request keeps the joiners it accepted")
    func normalisationKeepsJoiners() throws {
        var request = ValidationFixtures.request(address: try ValidationAddressSamples.sample("DE"))
        request.shippingAddress.name = " लक्ष्\u{200D}मी श्रेष्\u{200D}ठ "
        let stored = PlacementValidator().normalized(request).shippingAddress.name
        #expect(stored == "लक्ष्\u{200D}मी श्रेष्\u{200D}ठ")
        #expect(stored.unicodeScalars.filter(\.properties.isJoinControl).count == 2)
    }
}
