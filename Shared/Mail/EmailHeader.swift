/// An extra header field such as `X-Dropline-Order: ord-42`, written after the standard ones.
///
/// The value is unstructured text: it may hold any characters but CR and LF, and is RFC 2047-encoded
/// when it is not plain ASCII.
public struct EmailHeader: Sendable, Equatable {
    /// The field name, as written.
    public let name: String
    /// The field value.
    public let value: String

    /// Validates the name (printable ASCII without `:`, at most 76 characters, not one the message writes
    /// itself) and the value (no CR or LF).
    public init(_ name: String, _ value: String) throws(MailError) {
        guard !name.isEmpty, name.utf8.count <= 76,
            name.utf8.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: ":") })
        else { throw .invalidHeaderName(name) }
        guard !Self.reserved.contains(name.lowercased()) else { throw .reservedHeader(name) }
        try HeaderSyntax.requireSingleLine(value, field: name)
        self.name = name
        self.value = value
    }

    /// The fields `EmailMessage` renders itself, lowercased.
    private static let reserved: Set<String> = [
        "date", "from", "to", "subject", "message-id", "mime-version", "content-type",
        "content-transfer-encoding", EmailMessage.smtpUTF8Header.lowercased(),
    ]
}
