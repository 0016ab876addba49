/// Whether a country's addresses need a postal code, and the pattern it must follow after normalisation (R1).
///
/// Normalisation changes nothing a carrier would read differently, and its result is what the order stores and
/// publishes: digits of any script become ASCII digits (Bengali `১২১৫` → `1215`, Arabic-Indic `١٢٣٤٥` → `12345`,
/// full-width `１００` → `100`), other full-width ASCII forms become ASCII (`－` → `-`), surrounding white space
/// goes, inner runs of white space become one space, and ASCII letters become upper case (`sw1a 1aa` →
/// `SW1A 1AA`). A code whose digits mix two scripts (`1২3`) is refused rather than guessed at.
public struct PostalCodeRule: Sendable {
    /// Whether the country's addresses carry a postal code.
    public enum Requirement: Sendable {
        case required
        case optional
        /// The country's format has no postal code (HK, AE); one given anyway is accepted if it looks like a code.
        case notUsed
    }

    public let requirement: Requirement
    /// How the code looks, for the refusal, e.g. `8 digits, as 01310-100`; nil for the generic rule.
    public let format: String?
    /// The pattern the whole normalised code must match.
    let pattern: CompiledPattern

    init(_ requirement: Requirement, pattern: String?, format: String?) {
        self.requirement = requirement
        self.format = pattern == nil ? nil : format
        self.pattern = pattern.map(CompiledPattern.shared) ?? Self.genericPattern
    }

    /// Optional, 2–12 letters, digits, spaces or hyphens, starting and ending with a letter or digit.
    static let generic = PostalCodeRule(.optional, pattern: nil, format: nil)

    private static let genericPattern = CompiledPattern(#"[A-Za-z0-9][A-Za-z0-9 \-]{0,10}[A-Za-z0-9]"#)

    /// Whether a code must be given.
    public var isRequired: Bool { requirement == .required }

    /// Whether the normalised `code` follows the pattern.
    public func matches(_ normalizedCode: String) -> Bool {
        pattern.wholeMatches(normalizedCode)
    }

    /// Why a code that does not match is refused.
    func mismatchReason(countryName: String) -> String {
        guard let format else { return "must be 2 to 12 letters, digits, spaces or hyphens" }
        return "does not match the postal code format of \(countryName) (\(format))"
    }

    /// What a country calls its postal codes in the plural, from the metadata's kind (`zip` → `ZIP codes`).
    static func pluralNoun(of kind: String?) -> String {
        switch kind {
        case "zip": "ZIP codes"
        case "pin": "PIN codes"
        case "eircode": "Eircodes"
        default: "postal codes"
        }
    }

    /// `code` as it should be stored and printed, the same for every country.
    public static func normalize(_ code: String) -> String {
        let folded = String(String.UnicodeScalarView(code.unicodeScalars.map(Self.folding)))
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the digits of `code` come from more than one script (`1২3`).
    static func mixesDigitSystems(_ code: String) -> Bool {
        Set(code.unicodeScalars.compactMap(\.digitSystemZero)).count > 1
    }

    /// A digit of any script as its ASCII digit, a full-width ASCII form (U+FF01–U+FF5E) as ASCII, the
    /// ideographic space as a space, `a`–`z` as `A`–`Z`; anything else unchanged (`ß` must not become `SS`).
    private static func folding(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let digit = scalar.asASCIIDigit { return digit }
        let ascii: Unicode.Scalar =
            switch scalar.value {
            case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
            case 0x3000: " "
            default: scalar
            }
        return ("a"..."z").contains(ascii) ? Unicode.Scalar(ascii.value - 0x20) ?? ascii : ascii
    }
}
