/// The one rule for an email address in Dropline: `orders.place` checks a customer's address with it (R1), the
/// catalogue a merchant's or supplier's, and `EmailAddress` every address a mail is written to, so that an address
/// accepted at the door can always be mailed (docs/architecture.md §6).
///
/// Internationalised addresses are accepted (RFC 6531, RFC 6532): a practical check, not RFC 5322's full grammar.
/// One `@`; before it 1 to 64 bytes (UTF-8) of letters and their combining marks in any script, ASCII digits and
/// ``!#$%&'*+/=?^_`{|}~-``, with dots only between them; after it a domain of at least two dot-separated labels of
/// letters (any script: an internationalised domain), digits and hyphens, each of 1 to 63 bytes, none starting or
/// ending with a hyphen, the last not all digits; at most 254 bytes in all, no spaces. No quoted local parts, no
/// address literals. Whether a domain is disposable is a fraud signal (R4), not a format error.
public enum EmailAddressRule {
    public static let maxBytes = 254
    public static let maxLocalPartBytes = 64
    public static let maxLabelBytes = 63

    /// Why `address` is refused, as a phrase to follow the field's name ("must contain an @, …"); nil when it is
    /// accepted. White space is refused, not trimmed: the caller trims what its door trims.
    public static func refusal(of address: String) -> String? {
        if address.isEmpty { return "is required" }
        if address.utf8.count > maxBytes {
            return "is longer than \(maxBytes) bytes (a letter outside ASCII takes 2 to 4)"
        }
        if address.contains(where: \.isWhitespace) { return "must not contain spaces" }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return parts.count < 2 ? "must contain an @, as name@example.com" : "must contain only one @"
        }
        return localPartRefusal(parts[0]) ?? domainRefusal(parts[1])
    }

    /// Whether writing `address` needs SMTPUTF8 (RFC 6531): it holds a character outside ASCII.
    public static func needsSMTPUTF8(_ address: String) -> Bool {
        !address.utf8.allSatisfy { $0 < 0x80 }
    }

    private static let localPunctuation = Set("!#$%&'*+/=?^_`{|}~-".unicodeScalars)

    private static func localPartRefusal(_ local: Substring) -> String? {
        if local.isEmpty { return "needs a name before the @" }
        if local.utf8.count > maxLocalPartBytes {
            return "has more than \(maxLocalPartBytes) bytes before the @ (a letter outside ASCII takes 2 to 4)"
        }
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
        !label.isEmpty && label.utf8.count <= maxLabelBytes && !label.hasPrefix("-") && !label.hasSuffix("-")
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
