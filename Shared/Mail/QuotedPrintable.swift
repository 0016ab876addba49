/// The quoted-printable transfer encoding of a UTF-8 text body (RFC 2045 §6.7).
///
/// Printable ASCII but `=` stays as it is; `=`, control characters and every non-ASCII byte become
/// `=XX` (upper-case hex). Each input line ends in a CRLF hard break, and a space or tab that would end
/// an encoded line is encoded. Lines longer than 76 characters are split with `=` soft breaks, never
/// inside an `=XX` triplet.
enum QuotedPrintable {
    /// The longest encoded line, soft break `=` included.
    static let lineLimit = 76

    /// Encodes `text`; `\r\n`, `\n` and `\r` all end a line, and the result always ends in CRLF
    /// (an empty text gives an empty result).
    static func encode(_ text: String) -> String {
        var lines = text.utf8.split(omittingEmptySubsequences: false) { $0 == 0x0A }.map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
        .flatMap { $0.split(separator: 0x0D, omittingEmptySubsequences: false) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { encodeLine(Array($0)) }.joined()
    }

    /// One input line as encoded lines, each ending in CRLF.
    private static func encodeLine(_ bytes: [UInt8]) -> String {
        let tokens = bytes.indices.map { index in
            token(for: bytes[index], endsLine: index == bytes.count - 1)
        }
        var remaining = tokens.reduce(0) { $0 + $1.utf8.count }
        var output = ""
        var line = ""
        for token in tokens {
            if line.utf8.count + token.utf8.count > lineLimit - 1, line.utf8.count + remaining > lineLimit {
                output += line + "=\r\n"
                line = ""
            }
            line += token
            remaining -= token.utf8.count
        }
        return output + line + "\r\n"
    }

    /// The byte as written: itself when printable, else `=XX`.
    private static func token(for byte: UInt8, endsLine: Bool) -> String {
        let isLiteral =
            switch byte {
            case 0x21...0x3C, 0x3E...0x7E: true
            case 0x20, 0x09: !endsLine
            default: false
            }
        if isLiteral { return String(UnicodeScalar(byte)) }
        return ByteEscape.escape(byte, marker: "=")
    }
}
