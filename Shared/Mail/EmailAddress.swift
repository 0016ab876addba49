import Foundation

/// A mailbox: an optional display name and a `local@domain` address that `EmailAddressRule` accepts, the rule
/// every door of Dropline checks addresses with.
///
/// The display name may be any single-line text; it is quoted or RFC 2047-encoded when rendered. The address may
/// be internationalised (RFC 6531, 6532): it is kept in Unicode normalisation form C, and a message to or from such
/// an address is written with it as UTF-8 and marked as needing SMTPUTF8 (`EmailMessage`).
public struct EmailAddress: Sendable, Equatable {
    /// The display name, `""` for none.
    public let name: String
    /// The address, `local@domain`, in NFC.
    public let address: String

    /// Validates both parts: `name` must hold no CR or LF, `address` must pass `EmailAddressRule`.
    public init(name: String = "", address: String) throws(MailError) {
        try HeaderSyntax.requireSingleLine(name, field: "display name")
        guard EmailAddressRule.refusal(of: address) == nil else { throw .invalidAddress(address) }
        self.name = name
        self.address = address.precomposedStringWithCanonicalMapping
    }

    /// Whether writing this address needs SMTPUTF8: it holds a character outside ASCII.
    public var needsSMTPUTF8: Bool { EmailAddressRule.needsSMTPUTF8(address) }
}
