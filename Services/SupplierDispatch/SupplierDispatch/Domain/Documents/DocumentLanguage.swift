/// A language Dropline writes purchase-order documents in (R9). Every case has a complete `DocumentStrings`
/// table; add a case only together with its full translation.
public enum DocumentLanguage: String, CaseIterable, Sendable, Codable {
    case english = "en"
    /// Simplified Chinese (`zh-Hans`); Traditional Chinese is not supported yet.
    case chinese = "zh"
    case spanish = "es"
    case french = "fr"
    case german = "de"
    case portuguese = "pt"

    /// The supported language a BCP 47 tag asks for (`pt-BR` → Portuguese, `zh-CN` → Chinese), or nil when Dropline
    /// has no translation for it (`ja`, Traditional Chinese `zh-Hant` / `zh-TW`) or the tag is missing or empty.
    ///
    /// Tags are matched case-insensitively on their language subtag; `_` is accepted for `-`.
    public init?(tag: String?) {
        guard let tag else { return nil }
        let subtags = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = subtags.first, let language = DocumentLanguage(rawValue: primary) else { return nil }
        if language == .chinese, !subtags.contains("hans"),
            subtags.contains(where: { ["hant", "tw", "hk", "mo"].contains($0) })
        {
            return nil  // written in Traditional characters, which the Simplified table would misrepresent
        }
        self = language
    }

    /// The tag for the HTML `lang` attribute: `zh-Hans` for Chinese, so that browsers pick Simplified glyphs.
    public var htmlTag: String { self == .chinese ? "zh-Hans" : rawValue }
}
