import Foundation
import Mail

/// Messages and addresses the mail tests share.
enum Fixtures {
    /// Sunday 22 November 2026, 08:00:00 UTC.
    static let date = Date(timeIntervalSince1970: 1_795_334_400)

    static func message(
        subject: String = "Your order ord-42 has shipped", body: String = "Hello Ada,\n",
        from: EmailAddress? = nil, to: EmailAddress? = nil, messageID: String = "orders.ord-42.shipped",
        headers: [EmailHeader] = []
    ) throws -> EmailMessage {
        try EmailMessage(
            from: from ?? EmailAddress(name: "Dropline", address: "orders@dropline.local"),
            to: to ?? EmailAddress(name: "Ada Lovelace", address: "ada@example.com"),
            subject: subject, body: body, date: date, messageID: messageID, headers: headers)
    }

    /// The rendered text of `message`.
    static func text(_ message: EmailMessage) -> String {
        String(decoding: message.rendered(), as: UTF8.self)
    }

    /// The quoted-printable body of a message whose body is `body`.
    static func encodedBody(_ body: String) throws -> String {
        try RenderedMessage(message(body: body).rendered()).body
    }
}
