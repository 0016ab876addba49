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
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 11 / 10 + 8)
        for line in lines { encodeLine(Array(line), into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends one input line as encoded lines, each ending in CRLF.
    private static func encodeLine(_ bytes: [UInt8], into output: inout [UInt8]) {
        let last = bytes.count - 1
        var remaining = 0
        for (index, byte) in bytes.enumerated() { remaining += isLiteral(byte, endsLine: index == last) ? 1 : 3 }
        var lineLength = 0
        for (index, byte) in bytes.enumerated() {
            let literal = isLiteral(byte, endsLine: index == last)
            let length = literal ? 1 : 3
            if lineLength + length > lineLimit - 1, lineLength + remaining > lineLimit {
                output += [UInt8(ascii: "="), 0x0D, 0x0A]
                lineLength = 0
            }
            if literal {
                output.append(byte)
            } else {
                output += [UInt8(ascii: "="), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
            lineLength += length
            remaining -= length
        }
        output += [0x0D, 0x0A]
    }

    /// Whether the byte is written as itself rather than `=XX`.
    private static func isLiteral(_ byte: UInt8, endsLine: Bool) -> Bool {
        switch byte {
        case 0x21...0x3C, 0x3E...0x7E: true
        case 0x20, 0x09: !endsLine
        default: false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
