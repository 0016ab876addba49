import Contracts
import Foundation
import GRDB
import Logging
import Mail
import Streams

/// Queues the orders service's notifications (docs/architecture.md §6) in the caller's transaction, each under a
/// deterministic id (`orders.<orderID>.<kind>`) so that none is ever queued twice.
///
/// Customer mails come from the merchant's brand name (the merchant sells under its own brand, R6), merchant
/// mails from Dropline; both from `noreply@dropline.local`. A mail that cannot be built (no merchant to send it
/// to, or a part `EmailMessage` refuses) never fails the business change it belongs to, and is never only a log
/// line: it is set aside as a dead letter in the same transaction (`MailOutbox.deadLetterStream`), with the draft
/// and the reason, which `dropline deadletters` lists and `status` counts. Addresses follow the one rule placement
/// checks too (`EmailAddressRule`), so a customer's address is always one a mail can be written to.
struct OrderMails: Sendable {
    static let senderAddress = "noreply@dropline.local"
    static let platformName = "Dropline"

    let logger: Logger

    /// One notification before it is checked and rendered.
    struct Draft {
        /// The notification id, also the Message-ID and the Maildir file name.
        var id: String
        var fromName: String
        var toName: String
        var toAddress: String
        var subject: String
        var body: String
        var date: Date
        var orderID: OrderID
    }

    /// Queues `draft` unless its id was queued before.
    func enqueue(_ draft: Draft, in db: Database) throws {
        let message: EmailMessage
        do {
            message = try EmailMessage(
                from: EmailAddress(name: draft.fromName, address: Self.senderAddress),
                to: EmailAddress(name: draft.toName, address: draft.toAddress), subject: draft.subject,
                body: draft.body, date: draft.date, messageID: draft.id,
                headers: [EmailHeader("X-Dropline-Order", draft.orderID.rawValue)])
        } catch {
            try setAside(
                draft.id, orderID: draft.orderID, reason: "\(error)",
                text: "To: \(draft.toName) <\(draft.toAddress)>\nSubject: \(draft.subject)\n\n\(draft.body)", in: db)
            return
        }
        try MailOutbox.enqueue(message, id: draft.id, in: db)
    }

    /// Records notification `id`, which cannot be sent for `reason`, as a dead letter with `text`, and logs it.
    func setAside(_ id: String, orderID: OrderID, reason: String, text: String, in db: Database) throws {
        logger.error(
            "Notification not sent; set aside as a dead letter",
            metadata: ["mail.id": "\(id)", "order.id": "\(orderID)", "error": "\(reason)"])
        try DeadLetters.record(
            db, stream: MailOutbox.deadLetterStream, type: id, body: Data(text.utf8),
            error: "Notification \(id) of order \(orderID) was not sent: \(reason)")
    }
}

/// Plain-text pieces the notifications share.
enum MailText {
    /// `2026-11-21 12:00 UTC`.
    static func time(_ date: Date) -> String {
        let text = DomainTime.format(date)
        return "\(text.prefix(10)) \(text.dropFirst(11).prefix(5)) UTC"
    }

    /// An address as indented lines: name, street lines, city with region and postal code, country, phone.
    static func address(_ address: Address) -> String {
        let locality = [address.city, address.region, address.postalCode].compactMap { $0 }.joined(separator: " ")
        let country = CountryCode(address.country)?.name ?? address.country
        let lines = [
            address.name, address.line1, address.line2, locality, country, address.phone.map { "Phone: \($0)" },
        ]
        return lines.compactMap { $0 }.filter { !$0.isEmpty }.map { "  " + $0 }.joined(separator: "\n")
    }

    /// What was ordered: the listing's title when known, then variation and quantity.
    static func item(title: String?, sku: String, quantity: Int) -> String {
        "\(title ?? "Item") (variation \(sku)) × \(quantity)"
    }
}
