import Foundation
import Testing

/// A rendered message read back with a minimal RFC 5322 parser that checks its shape on the way:
/// only CRLF line ends, no line over 998 bytes, a header block ended by an empty line, and every
/// header line either `Name: value` or a continuation starting with a space.
struct RenderedMessage {
    /// The header block's physical lines, without their CRLF.
    let headerLines: [String]
    /// Each field unfolded (continuation CRLFs removed), in order.
    let fields: [(name: String, value: String)]
    /// Everything after the empty line.
    let body: String

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0D { try #require(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "bare CR at \(index)") }
            if byte == 0x0A { try #require(index > 0 && bytes[index - 1] == 0x0D, "bare LF at \(index)") }
        }
        let text = try #require(String(bytes: bytes, encoding: .utf8), "rendered message is not UTF-8")
        let lines = text.components(separatedBy: "\r\n")
        for line in lines { try #require(line.utf8.count <= 998, "line over 998 bytes: \(line.prefix(40))") }
        let end = try #require(lines.firstIndex(of: ""), "no empty line after the header block")
        headerLines = Array(lines[..<end])
        body = lines[(end + 1)...].joined(separator: "\r\n")

        var fields: [(name: String, value: String)] = []
        for line in headerLines {
            if line.first == " " || line.first == "\t" {
                try #require(!fields.isEmpty, "continuation line before any field")
                try #require(line.contains { $0 != " " && $0 != "\t" }, "whitespace-only continuation line")
                fields[fields.count - 1].value += line
            } else {
                let colon = try #require(line.firstIndex(of: ":"), "header line without a colon: \(line)")
                let name = String(line[..<colon])
                try #require(name.utf8.allSatisfy { (0x21...0x7E).contains($0) }, "bad field name \(name)")
                var value = String(line[line.index(after: colon)...])
                if value.first == " " { value.removeFirst() }
                fields.append((name, value))
            }
        }
        self.fields = fields
    }

    /// The unfolded value of the first field named `name`.
    func field(_ name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// Decodes a run of `=?UTF-8?B?…?=` words (whitespace between them ignored, RFC 2047 §6.2) and checks
/// that each word is at most 75 characters and decodes to whole UTF-8 characters on its own.
func decodeEncodedWords(_ value: some StringProtocol) throws -> String {
    var decoded = ""
    for word in value.split(separator: " ") {
        try #require(word.count <= 75, "encoded-word longer than 75: \(word)")
        try #require(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="), "not an encoded-word: \(word)")
        let base64 = word.dropFirst(10).dropLast(2)
        let bytes = try #require(Data(base64Encoded: String(base64)), "bad base64 in \(word)")
        decoded += try #require(String(bytes: bytes, encoding: .utf8), "word splits a character: \(word)")
    }
    return decoded
}
