/// A mailbox: an optional display name and a plain ASCII `local@domain` address.
///
/// The display name may be any single-line text; it is quoted or RFC 2047-encoded when rendered.
/// The address is limited to what every mail client reads: a `dot-atom` local part and a host name,
/// at most 254 characters, no quoted local parts and no internationalised addresses.
public struct EmailAddress: Sendable, Equatable {
    /// The display name, `""` for none.
    public let name: String
    /// The address, `local@domain`.
    public let address: String

    /// Validates both parts: `name` must hold no CR or LF, `address` must be a plain ASCII address.
    public init(name: String = "", address: String) throws(MailError) {
        try HeaderSyntax.requireSingleLine(name, field: "display name")
        guard Self.isValid(address) else { throw .invalidAddress(address) }
        self.name = name
        self.address = address
    }

    private static func isValid(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard address.utf8.count <= 254, parts.count == 2, HeaderSyntax.isDotAtom(String(parts[0])) else {
            return false
        }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.utf8.allSatisfy { $0 == UInt8(ascii: "-") || HeaderSyntax.isLetterOrDigit($0) }
        }
    }
}
