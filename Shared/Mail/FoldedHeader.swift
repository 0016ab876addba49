import Foundation

/// One header field built token by token and folded into short lines (RFC 5322 §2.2.3, RFC 2047 §2).
///
/// Tokens are joined by one space; a token that would pass the line limit starts a continuation line
/// (CRLF, then the space). A plain token never starts one directly after the field name; an
/// encoded-word does only when the name leaves no room for it. Plain lines stay within 78 characters
/// when their tokens allow; a line holding an encoded-word stays within RFC 2047's 76, and each
/// encoded-word within 75.
struct FoldedHeader {
    /// RFC 5322's recommended line length.
    static let lineLimit = 78
    /// RFC 2047's limit for a line that holds an encoded-word.
    static let encodedLineLimit = 76
    /// RFC 2047's limit for one encoded-word.
    static let encodedWordLimit = 75

    private var lines: [String]
    private var tokensOnLine = 0
    private var encodedOnLine = false

    /// An empty field: `Name:` and no value yet.
    init(name: String) {
        lines = [name + ":"]
    }

    /// The field as written, each line ending in CRLF.
    var text: String {
        lines.map { $0 + "\r\n" }.joined()
    }

    /// True when no line passes 78 characters.
    var fitsLineLimit: Bool {
        lines.allSatisfy { $0.utf8.count <= Self.lineLimit }
    }

    private var currentLength: Int { lines[lines.count - 1].utf8.count }

    /// Appends `token` after a space, first folding when it would pass the current line's limit.
    mutating func append(_ token: some StringProtocol) {
        let limit = encodedOnLine ? Self.encodedLineLimit : Self.lineLimit
        if tokensOnLine > 0, currentLength + 1 + token.utf8.count > limit { fold() }
        lines[lines.count - 1] += " " + token
        tokensOnLine += 1
    }

    /// Appends `text` as UTF-8 `B` encoded-words, each sized to the room left on its line.
    ///
    /// Words split between Unicode scalars, never inside one, so each word decodes on its own
    /// (RFC 2047 §5); a reader joins adjacent encoded-words without the space between them.
    mutating func appendEncodedWords(_ text: String) {
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if Self.encodedLength(chunk.count + bytes.count) > wordRoom {
                if !chunk.isEmpty { appendEncodedWord(chunk) }
                chunk = []
                if Self.encodedLength(bytes.count) > wordRoom { fold() }
            }
            chunk += bytes
        }
        if !chunk.isEmpty { appendEncodedWord(chunk) }
    }

    /// Room for one encoded-word after a space on the current line.
    private var wordRoom: Int {
        min(Self.encodedWordLimit, Self.encodedLineLimit - currentLength - 1)
    }

    private mutating func appendEncodedWord(_ bytes: [UInt8]) {
        append("=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?=")
        encodedOnLine = true
    }

    private mutating func fold() {
        lines.append("")
        tokensOnLine = 0
        encodedOnLine = false
    }

    /// `=?UTF-8?B?` + Base64 of `byteCount` bytes + `?=`.
    private static func encodedLength(_ byteCount: Int) -> Int {
        12 + 4 * ((byteCount + 2) / 3)
    }
}
