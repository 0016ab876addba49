import Foundation

/// A plain-text notification to one person, rendered as an RFC 5322 / MIME message (docs/architecture.md §6).
///
/// Every part is validated here, so a value that exists always renders: no header value holds CR or LF
/// (header injection is refused with `MailError.lineBreakInHeader`, not stripped), the message id is a
/// `dot-atom`, and extra headers cannot repeat the standard ones. `rendered()` gives the bytes of the
/// `.eml` file: CRLF line ends, UTF-8 body in quoted-printable, non-ASCII header text as RFC 2047
/// encoded-words, header lines folded at 78 characters.
///
/// An internationalised address (RFC 6531, 6532) is written in `From` or `To` as it is, in UTF-8 (an address
/// cannot be an encoded-word), and the message then carries `X-Dropline-SMTPUTF8: required`: whatever relays the
/// `.eml` must send it with the SMTPUTF8 extension, to a server that offers it.
public struct EmailMessage: Sendable, Equatable {
    /// The header that marks a message whose addresses need SMTPUTF8; its value is `required`.
    public static let smtpUTF8Header = "X-Dropline-SMTPUTF8"

    /// The sender.
    public let from: EmailAddress
    /// The recipient.
    public let to: EmailAddress
    /// The subject; runs of spaces and tabs are written as one space.
    public let subject: String
    /// The plain-text body; `\n`, `\r\n` and `\r` all end a line.
    public let body: String
    /// When the notification was made, written as UTC in the `Date` header.
    public let date: Date
    /// The stable id, written as `Message-ID: <messageID@dropline.local>`.
    public let messageID: String
    /// Extra headers, written in this order after `Message-ID`.
    public let headers: [EmailHeader]

    /// Validates the subject and message id; addresses and extra headers were validated when made.
    public init(
        from: EmailAddress, to: EmailAddress, subject: String, body: String, date: Date, messageID: String,
        headers: [EmailHeader] = []
    ) throws(MailError) {
        try HeaderSyntax.requireSingleLine(subject, field: "Subject")
        guard messageID.utf8.count <= 200, HeaderSyntax.isDotAtom(messageID) else {
            throw .invalidMessageID(messageID)
        }
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID
        self.headers = headers
    }

    /// Whether relaying the message needs SMTPUTF8: its sender's or recipient's address is internationalised.
    public var needsSMTPUTF8: Bool { from.needsSMTPUTF8 || to.needsSMTPUTF8 }

    /// The message as the bytes of an `.eml` file.
    public func rendered() -> Data {
        var fields = [
            FoldedHeader(name: "Date", plain: RFC5322Date.format(date)),
            FoldedHeader(name: "From", mailbox: from),
            FoldedHeader(name: "To", mailbox: to),
            FoldedHeader(name: "Subject", text: subject),
            FoldedHeader(name: "Message-ID", plain: "<\(messageID)@dropline.local>"),
        ]
        fields += headers.map { FoldedHeader(name: $0.name, text: $0.value) }
        if needsSMTPUTF8 { fields.append(FoldedHeader(name: Self.smtpUTF8Header, plain: "required")) }
        fields += [
            FoldedHeader(name: "MIME-Version", plain: "1.0"),
            FoldedHeader(name: "Content-Type", plain: "text/plain; charset=utf-8"),
            FoldedHeader(name: "Content-Transfer-Encoding", plain: "quoted-printable"),
        ]
        var text = fields.map(\.text).joined()
        text += "\r\n"
        text += QuotedPrintable.encode(body)
        return Data(text.utf8)
    }
}
