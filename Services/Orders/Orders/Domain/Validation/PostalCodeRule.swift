/// Whether a country's addresses need a postal code, and the pattern it must follow after safe normalisation.
///
/// Normalisation changes nothing a carrier would read differently: full-width digits and letters become ASCII
/// (`１００－０００１` → `100-0001`), surrounding white space goes, inner runs of white space become one space,
/// and for countries whose codes contain letters (GB, CA, NL, IE, AR) letters become upper case.
public struct PostalCodeRule: Sendable {
    /// Whether the country's addresses carry a postal code.
    public enum Requirement: Sendable {
        case required
        case optional
        /// The country has no postal codes (HK, AE); one given anyway is accepted if it looks like a code.
        case notUsed
    }

    public let requirement: Requirement
    /// How the code looks, for the refusal, e.g. `8 digits, as 01310-100`; nil for the generic rule.
    public let format: String?
    /// Whether letters are upper-cased before matching (`sw1a 1aa` → `SW1A 1AA`).
    public let upperCasesLetters: Bool
    /// The pattern, which must match the whole normalised code, compiled once per rule.
    private let pattern: CompiledPattern

    private init(
        _ requirement: Requirement, format: String?, upperCasesLetters: Bool,
        pattern: @escaping @Sendable () -> Regex<Substring>
    ) {
        self.requirement = requirement
        self.format = format
        self.upperCasesLetters = upperCasesLetters
        self.pattern = CompiledPattern(build: pattern)
    }

    /// A code every address has, matching `pattern` (whole, ASCII digits only).
    static func required(
        _ pattern: @escaping @autoclosure @Sendable () -> Regex<Substring>, _ format: String, upperCase: Bool = false
    ) -> PostalCodeRule {
        PostalCodeRule(.required, format: format, upperCasesLetters: upperCase, pattern: pattern)
    }

    /// A code people often leave out, matching `pattern` when given.
    static func optional(
        _ pattern: @escaping @autoclosure @Sendable () -> Regex<Substring>, _ format: String, upperCase: Bool = false
    ) -> PostalCodeRule {
        PostalCodeRule(.optional, format: format, upperCasesLetters: upperCase, pattern: pattern)
    }

    /// No postal codes in the country; the generic pattern applies to one given anyway.
    static let notUsed = PostalCodeRule(.notUsed, format: nil, upperCasesLetters: false) { genericPattern }

    /// Optional, 2–12 letters, digits, spaces or hyphens, starting and ending with a letter or digit.
    static let generic = PostalCodeRule(.optional, format: nil, upperCasesLetters: false) { genericPattern }

    private static var genericPattern: Regex<Substring> { #/[A-Za-z0-9][A-Za-z0-9 \-]{0,10}[A-Za-z0-9]/# }

    /// Whether a code must be given.
    public var isRequired: Bool { requirement == .required }

    /// `code` as it should be stored and printed.
    public func normalize(_ code: String) -> String {
        let folded = String(String.UnicodeScalarView(code.unicodeScalars.map(Self.foldingFullWidth)))
        let collapsed = folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard upperCasesLetters else { return collapsed }
        return String(String.UnicodeScalarView(collapsed.unicodeScalars.map(Self.upperCasingASCII)))
    }

    /// Whether the normalised `code` follows the pattern.
    public func matches(_ normalizedCode: String) -> Bool {
        pattern.wholeMatches(normalizedCode)
    }

    /// Why a code that does not match is refused.
    func mismatchReason(countryName: String) -> String {
        guard let format else { return "must be 2 to 12 letters, digits, spaces or hyphens" }
        return "does not match the postal code format of \(countryName) (\(format))"
    }

    /// `a`–`z` as `A`–`Z`; anything else unchanged (`ß` must not become `SS`).
    private static func upperCasingASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 0x20) ?? scalar : scalar
    }

    /// Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space as their ASCII counterparts.
    private static func foldingFullWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        case 0x3000: " "
        default: scalar
        }
    }
}
