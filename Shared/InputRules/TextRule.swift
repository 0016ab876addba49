import Foundation

/// A free-text field and what Dropline accepts in it: one policy for every door, placement (R1: the customer's
/// name, the address lines, city, region and phone) and the catalogue (merchant and supplier names, listing titles,
/// return addresses, packaging instructions). The fields and their limits are in `TextRule+Fields.swift`.
///
/// Every character is judged as a Unicode scalar, never as a `Character`: a `Character` merges combining marks
/// into the character before it, so `"<\u{338}"` is one `Character` that is not `<` yet holds a raw `<`.
///
/// Accepted: every script, accents and combining marks, apostrophes (`'` and `’`), hyphens, digits, `&`, `#`,
/// `/`, `,`, `.`, and the zero-width joiner and non-joiner inside a word of a script that uses them (Devanagari,
/// Bengali and the other Indic scripts, Sinhala, Arabic and Persian). Refused, with the first reason that applies:
/// blank when required, control characters (a line feed is accepted where `allowsLineBreaks`), bidirectional
/// overrides, emoji, invisible characters (a joiner anywhere else among them), markup, more than `maxLength`
/// characters (user-perceived, after trimming surrounding white space), and more than `maxScalars` Unicode
/// scalars (so that a character stacked with thousands of combining marks is bounded too). A value of more than
/// 4 × `maxScalars` UTF-8 bytes that is not blank cannot fit and is refused for its length at once, before its
/// scalars are judged, so that a 900,000-character title costs no more than counting it.
public struct TextRule: Hashable, Sendable {
    /// The most user-perceived characters.
    public let maxLength: Int
    /// Whether a blank or missing value is refused.
    public let isRequired: Bool
    /// Whether a line feed (U+000A) may separate lines; every other control character is still refused.
    public let allowsLineBreaks: Bool

    public init(maxLength: Int, isRequired: Bool, allowsLineBreaks: Bool = false) {
        self.maxLength = maxLength
        self.isRequired = isRequired
        self.allowsLineBreaks = allowsLineBreaks
    }

    /// How many Unicode scalars a character may take on average: a letter with two or three marks fits.
    public static let scalarsPerCharacter = 4

    /// The most Unicode scalars, `scalarsPerCharacter × maxLength`.
    public var maxScalars: Int { maxLength * Self.scalarsPerCharacter }

    /// Why `value` is refused, or nil if it is accepted. A missing or blank optional value is accepted (blank: white
    /// space only; a control character is refused even there).
    public func refusal(of value: String?) -> String? {
        guard let value else { return isRequired ? "is required" : nil }
        if value.utf8.count > 4 * maxScalars, let tooLong = lengthRefusal(of: value) { return tooLong }
        let scalars = value.unicodeScalars
        if scalars.contains(where: { $0.isControlCharacter && !(allowsLineBreaks && $0 == "\n") }) {
            return "contains a control character"
        }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return isRequired ? "is required" : nil }
        if scalars.contains(where: \.isBidirectionalOverride) { return "contains a bidirectional override" }
        if scalars.contains(where: \.isPictographic) { return "contains an emoji" }
        if !scalars.hasOnlyJoinersInWords { return "contains an invisible character" }
        if MarkupScan.looksLikeMarkup(trimmed) { return "contains markup" }
        return lengthRefusal(of: trimmed)
    }

    /// The length's refusal: more than `maxLength` characters or `maxScalars` scalars once trimmed.
    private func lengthRefusal(of value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > maxLength { return "is longer than \(maxLength) characters" }
        if trimmed.unicodeScalars.count > maxScalars { return "is longer than \(maxScalars) Unicode scalars" }
        return nil
    }
}
