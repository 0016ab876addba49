/// Why a notification could not be built, queued or written to the Maildir.
public enum MailError: Error, Equatable, CustomStringConvertible {
    /// A header value held a CR or LF: refused, so no caller can inject a header or end the header block.
    case lineBreakInHeader(field: String)
    /// An address `EmailAddressRule` refuses.
    case invalidAddress(String)
    /// A header name that is empty, longer than 76 characters, or not printable ASCII without `:`.
    case invalidHeaderName(String)
    /// A header the message renders itself (`From`, `Date`, `Content-Type`, …), so it cannot be added again.
    case reservedHeader(String)
    /// A message id that is not 1–200 characters of RFC 5322 `dot-atom-text`.
    case invalidMessageID(String)
    /// A notification id that is empty or too long to name a Maildir file.
    case invalidNotificationID(String)
    /// A file-system call failed; `reason` carries `strerror` and `errno`.
    case fileSystem(operation: String, path: String, reason: String)

    public var description: String {
        switch self {
        case .lineBreakInHeader(let field):
            "The \(field) header value contains a line break; header values must be a single line."
        case .invalidAddress(let address):
            "The email address \(String(reflecting: address)) "
                + (EmailAddressRule.refusal(of: address) ?? "is not a local@domain address") + "."
        case .invalidHeaderName(let name):
            "The header name \(String(reflecting: name)) is not 1–76 printable ASCII characters without a colon."
        case .reservedHeader(let name):
            "The header \(name) is written by the message itself and cannot be added as an extra header."
        case .invalidMessageID(let id):
            "The message id \(String(reflecting: id)) is not 1–200 characters of letters, digits, dots and !#$%&'*+-/=?^_`{|}~."
        case .invalidNotificationID(let id):
            "The notification id \(String(reflecting: id)) is empty or longer than 200 bytes once made file-safe."
        case .fileSystem(let operation, let path, let reason):
            "Maildir \(operation) of \(path) failed: \(reason)."
        }
    }
}
