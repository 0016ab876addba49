/// The three kinds of field value a message writes: fixed ASCII, unstructured text, and a mailbox.
extension FoldedHeader {
    /// A value the message composes itself from validated ASCII (`Date`, `Message-ID`, MIME fields).
    init(name: String, plain: String) {
        self.init(name: name)
        for word in HeaderSyntax.words(plain) { append(word) }
    }

    /// Unstructured text (`Subject`, extra headers): plain words when they are visible ASCII and fold
    /// within 78 characters, otherwise RFC 2047 encoded-words.
    init(name: String, text: String) {
        self.init(name: name)
        let words = HeaderSyntax.words(text)
        if HeaderSyntax.isPlainText(words), let plain = appendingPlain(words) {
            self = plain
        } else {
            appendEncodedWords(words.joined(separator: " "))
        }
    }

    /// `Display Name <local@domain>`, or the bare address when there is no name (RFC 5322 §3.4).
    ///
    /// A name of atoms is written as is, other ASCII names as a quoted-string (`"Smith, John"`), and
    /// names with non-ASCII characters, or too long to fold, as encoded-words.
    init(name: String, mailbox: EmailAddress) {
        self.init(name: name)
        let words = HeaderSyntax.words(mailbox.name)
        guard !words.isEmpty else {
            append(mailbox.address)
            return
        }
        if HeaderSyntax.isPlainText(words), let plain = appendingPlain(Self.phraseTokens(words)) {
            self = plain
        } else {
            appendEncodedWords(words.joined(separator: " "))
        }
        append("<\(mailbox.address)>")
    }

    /// This field with `tokens` appended, or nil when a line would pass 78 characters.
    private func appendingPlain(_ tokens: [some StringProtocol]) -> FoldedHeader? {
        var field = self
        for token in tokens { field.append(token) }
        return field.fitsLineLimit ? field : nil
    }

    /// The words of an ASCII phrase: atoms as they are, or one quoted-string split at its spaces.
    private static func phraseTokens(_ words: [Substring]) -> [String] {
        let isAtoms = words.allSatisfy { $0.utf8.allSatisfy(HeaderSyntax.isAtext) }
        guard !isAtoms else { return words.map(String.init) }
        var tokens: [String] = words.map { word in
            String(word).replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        }
        tokens[0] = "\"" + tokens[0]
        tokens[tokens.count - 1] += "\""
        return tokens
    }
}
