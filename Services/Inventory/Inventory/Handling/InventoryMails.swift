import Contracts
import Foundation
import Mail

/// Renders Inventory's notifications (R16): a low-stock alert's two mails, one to the supplier and one to the
/// merchant, which `ListingDesk.follow` queues in the mail outbox in the transaction that publishes
/// `supplier_stock.ran_low`.
///
/// Each notification id is derived from the event id (`inventory.low-stock.<event id>.supplier` / `.merchant`),
/// so each alert mails each recipient exactly once: the outbox ignores an id it has seen, and the deliverer
/// writes each file once.
enum InventoryMails {
    /// The notifications of `alert` with their ids, each built or with the reason it cannot be: a recipient
    /// missing from the catalogue, or a part `EmailMessage` refuses. The caller sets those aside as dead letters, so
    /// a mail problem never undoes the stock change and is never only a log line.
    static func lowStock(
        _ alert: SupplierStockRanLow, eventID: String, listingTitle title: String, supplier: SupplierRecord?,
        merchant: MerchantRecord?
    ) -> [(id: String, message: Result<EmailMessage, UnsentMail>)] {
        let subject = "Low stock: \(title) \(alert.sku) at \(alert.quantity) of \(alert.referenceLevel)"
        let facts = """
            Listing: \(title) (\(alert.listingID))
            SKU: \(alert.sku)
            Supplier: \(supplier?.name ?? alert.supplierID.rawValue) (\(alert.supplierID))
            Stock: \(alert.quantity) of a reference level of \(alert.referenceLevel) \
            (the alert goes out at \(Listing.lowStockPercent)% or below, once each time the stock falls there)
            Reported: \(DomainTime.format(alert.at))
            """
        let recipients: [(role: String, name: String?, email: String?, body: String)] = [
            (
                "supplier", supplier?.name, supplier?.email,
                """
                Hello \(supplier?.name ?? "supplier"),

                Your stock of \(title) \(alert.sku), which you ship for \(merchant?.name ?? "a merchant"), is down \
                to \(alert.quantity) of \(alert.referenceLevel). Please restock it, or send a corrected stock feed.

                \(facts)
                """
            ),
            (
                "merchant", merchant?.name, merchant?.email,
                """
                Hello \(merchant?.name ?? "merchant"),

                \(supplier?.name ?? "Your supplier") is down to \(alert.quantity) of \(alert.referenceLevel) of \
                \(title) \(alert.sku). Orders keep their reserved units; new orders may sell out sooner.

                \(facts)
                """
            ),
        ]
        return recipients.map { recipient in
            let id = "inventory.low-stock.\(eventID).\(recipient.role)"
            guard let name = recipient.name, let email = recipient.email else {
                let reason = "the \(recipient.role) is not in the catalogue, so the mail has no recipient"
                return (id, .failure(UnsentMail(reason: reason, text: subject + "\n\n" + recipient.body)))
            }
            do {
                let message = try EmailMessage(
                    from: EmailAddress(name: "Dropline Inventory", address: "inventory@dropline.local"),
                    to: EmailAddress(name: name, address: email), subject: subject,
                    body: recipient.body + "\n\n-- \nDropline Inventory\n", date: alert.at, messageID: id,
                    headers: [
                        EmailHeader("X-Dropline-Listing", alert.listingID.rawValue),
                        EmailHeader("X-Dropline-SKU", alert.sku),
                    ])
                return (id, .success(message))
            } catch {
                let text = "To: \(name) <\(email)>\nSubject: \(subject)\n\n\(recipient.body)"
                return (id, .failure(UnsentMail(reason: "\(error)", text: text)))
            }
        }
    }
}
