/// The file name a notification is delivered under: its id made file-safe, plus `.eml`.
///
/// Derived from the notification id alone, so a redelivery after a crash looks for, and finds, the
/// same file. ASCII letters, digits, `-`, `_` and `.` (but a leading dot, which would hide the file)
/// are kept; every other byte becomes `%XX`. The mapping is one-to-one, so two ids never share a file,
/// and the result never holds `/` or Maildir's info separator `:`.
public struct MaildirName: Sendable, Hashable, CustomStringConvertible {
    /// The file name, for example `orders.ord-42.shipped.eml`.
    public let rawValue: String

    /// Throws `MailError.invalidNotificationID` for an empty id or one longer than 200 bytes once escaped.
    public init(notificationID: String) throws(MailError) {
        var safe = ""
        for (offset, byte) in notificationID.utf8.enumerated() {
            let kept =
                HeaderSyntax.isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || (byte == UInt8(ascii: ".") && offset > 0)
            safe += kept ? String(UnicodeScalar(byte)) : ByteEscape.escape(byte, marker: "%")
        }
        guard !safe.isEmpty, safe.utf8.count <= 200 else { throw .invalidNotificationID(notificationID) }
        rawValue = safe + ".eml"
    }

    public var description: String { rawValue }
}
