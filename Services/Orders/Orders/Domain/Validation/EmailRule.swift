import Foundation

/// A practical check of a customer's email address (R1), not RFC 5322's full grammar: one `@`; before it 1–64
/// characters of letters (any script), digits and ``!#$%&'*+/=?^_`{|}~-`` with dots only between them; after it a
/// domain of at least two dot-separated labels of letters (any script, for internationalised domains), digits and
/// hyphens, none starting or ending with a hyphen, the last not all digits; at most 254 characters, no spaces.
///
/// Whether the domain is disposable is a fraud signal (R4), not a format error, and is not checked here.
enum EmailRule {
    static let maxLength = 254
    static let maxLocalPartLength = 64
    static let maxLabelLength = 63

    /// Why `email` is refused, or nil if it is accepted. Surrounding white space is ignored.
    static func refusal(of email: String) -> String? {
        let address = email.trimmingCharacters(in: .whitespacesAndNewlines)
        if address.isEmpty { return "is required" }
        if address.count > maxLength { return "is longer than \(maxLength) characters" }
        if address.contains(where: \.isWhitespace) { return "must not contain spaces" }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return parts.count < 2 ? "must contain an @, as name@example.com" : "must contain only one @"
        }
        return localPartRefusal(parts[0]) ?? domainRefusal(parts[1])
    }

    private static let localPunctuation = Set("!#$%&'*+/=?^_`{|}~-".unicodeScalars)

    private static func localPartRefusal(_ local: Substring) -> String? {
        if local.isEmpty { return "needs a name before the @" }
        if local.count > maxLocalPartLength { return "has more than \(maxLocalPartLength) characters before the @" }
        let allowed = local.unicodeScalars.allSatisfy { scalar in
            scalar == "." || isLetterOrDigit(scalar) || localPunctuation.contains(scalar)
        }
        if !allowed { return "has a character before the @ that email addresses do not allow" }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") {
            return "has a misplaced dot before the @"
        }
        return nil
    }

    private static func domainRefusal(_ domain: Substring) -> String? {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 { return "needs a domain with a dot after the @, as example.com" }
        let topLevelIsNumeric = labels.last?.allSatisfy { $0.isASCII && $0.isNumber } ?? false
        return labels.allSatisfy(isValidLabel) && !topLevelIsNumeric
            ? nil
            : "has an invalid domain after the @ (letters, digits and inner hyphens)"
    }

    private static func isValidLabel(_ label: Substring) -> Bool {
        !label.isEmpty && label.count <= maxLabelLength && !label.hasPrefix("-") && !label.hasSuffix("-")
            && label.unicodeScalars.allSatisfy { $0 == "-" || isLetterOrDigit($0) }
    }

    /// ASCII digits, and letters and their combining marks in any script (`josé`, `münchen`, `пример`).
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return scalar.properties.isAlphabetic
        }
    }
}
