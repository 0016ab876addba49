import Foundation

/// A free-text field of the request (a name, an address line, the city, the region, the phone) and what R1
/// accepts in it.
///
/// Accepted: every script, accents and combining marks, apostrophes (`'` and `’`), hyphens, digits, `&`, `#`,
/// `/`, `,`, `.`, and the zero-width joiner and non-joiner inside a word of a script that uses them (Devanagari,
/// Bengali and the other Indic scripts, Sinhala, Arabic and Persian). Refused, with the first reason that applies:
/// blank when required, control characters, bidirectional overrides, emoji, invisible characters (a joiner
/// anywhere else among them), markup, and more characters than `maxLength` (counted as user-perceived
/// characters, after trimming surrounding white space). Each character is judged as a Unicode scalar.
struct TextFieldRule: Sendable {
    let maxLength: Int
    let isRequired: Bool

    static let personName = TextFieldRule(maxLength: 100, isRequired: true)
    static let line1 = TextFieldRule(maxLength: 120, isRequired: true)
    static let line2 = TextFieldRule(maxLength: 120, isRequired: false)
    static let city = TextFieldRule(maxLength: 80, isRequired: true)
    /// The city where the country's format has none or does not require it (Japan, Singapore).
    static let optionalCity = TextFieldRule(maxLength: 80, isRequired: false)
    static let region = TextFieldRule(maxLength: 80, isRequired: false)
    static let phone = TextFieldRule(maxLength: 32, isRequired: false)

    /// Why `value` is refused, or nil if it is accepted. A missing or blank optional value is accepted.
    func refusal(of value: String?) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let value, !trimmed.isEmpty else { return isRequired ? "is required" : nil }
        let scalars = value.unicodeScalars
        if scalars.contains(where: \.isControlCharacter) { return "contains a control character" }
        if scalars.contains(where: \.isBidirectionalOverride) { return "contains a bidirectional override" }
        if scalars.contains(where: \.isPictographic) { return "contains an emoji" }
        if !scalars.hasOnlyJoinersInWords { return "contains an invisible character" }
        if Self.looksLikeMarkup(trimmed) { return "contains markup" }
        if trimmed.count > maxLength { return "is longer than \(maxLength) characters" }
        return nil
    }

    /// `&`, an optional `#`, one or more ASCII letters or digits, then `;` (as `&lt;` or `&#60;`). A scan rather
    /// than a regex: this runs for every text field of every placement.
    static func containsCharacterReference(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for start in scalars.indices where scalars[start] == "&" {
            var index = start + 1
            if index < scalars.count, scalars[index] == "#" { index += 1 }
            let nameStart = index
            while index < scalars.count, scalars[index].isASCII,
                scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
            {
                index += 1
            }
            if index > nameStart, index < scalars.count, scalars[index] == ";" { return true }
        }
        return false
    }

    /// Angle brackets (any tag), character references such as `&lt;` or `&#60;`, and script URLs.
    static func looksLikeMarkup(_ text: String) -> Bool {
        if text.contains(where: { $0 == "<" || $0 == ">" }) { return true }
        if containsCharacterReference(text) { return true }
        let lowered = text.lowercased()
        return lowered.contains("javascript:") || lowered.contains("vbscript:")
    }
}
