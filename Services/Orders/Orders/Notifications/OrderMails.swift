import Contracts
import Foundation
import GRDB
import Logging
import Mail

/// Queues the orders service's notifications (docs/architecture.md §6) in the caller's transaction, each under a
/// deterministic id (`orders.<orderID>.<kind>`) so that none is ever queued twice.
///
/// Customer mails come from the merchant's brand name (the merchant sells under its own brand, R6), merchant
/// mails from Dropline; both from `noreply@dropline.local`. A mail that cannot be built (an address outside
/// what `EmailAddress` accepts, such as an internationalised one) is logged and skipped, never failing the
/// business change it belongs to.
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
            logger.error(
                "Notification not sent",
                metadata: ["mail.id": "\(draft.id)", "order.id": "\(draft.orderID)", "error": "\(error)"])
            return
        }
        try MailOutbox.enqueue(message, id: draft.id, in: db)
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
