/// The RFC 5322 character classes and checks that header rendering and validation share.
enum HeaderSyntax {
    /// `atext` (RFC 5322 §3.2.3): the characters an atom may hold without quoting.
    static func isAtext(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
    }

    /// An ASCII letter or digit.
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    /// `dot-atom-text`: atoms joined by single dots, no leading or trailing dot.
    static func isDotAtom(_ text: String) -> Bool {
        let atoms = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return !text.isEmpty && atoms.allSatisfy { !$0.isEmpty && $0.allSatisfy(isAtext) }
    }

    /// Throws unless `value` is free of CR and LF, the only way to inject a header or end the header block.
    static func requireSingleLine(_ value: String, field: String) throws(MailError) {
        if value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A }) { throw .lineBreakInHeader(field: field) }
    }

    /// Header text as words: runs of spaces and tabs collapse to one space, and the ends are trimmed.
    static func words(_ value: String) -> [Substring] {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// True when `words` can be written as plain ASCII header text: visible ASCII only, and nothing that a
    /// reader would take for an RFC 2047 encoded-word.
    static func isPlainText(_ words: [Substring]) -> Bool {
        words.allSatisfy { word in
            var previous: UInt8 = 0
            for byte in word.utf8 {
                guard (0x21...0x7E).contains(byte), !(previous == UInt8(ascii: "=") && byte == UInt8(ascii: "?"))
                else { return false }
                previous = byte
            }
            return true
        }
    }
}
