import Contracts
import Foundation
import Logging
import Mail

/// Renders Inventory's notifications (R16): a low-stock alert's two mails, one to the supplier and one to the
/// merchant, which `ListingDesk.follow` queues in the mail outbox in the transaction that publishes
/// `supplier_stock.ran_low`.
///
/// Each notification id is derived from the event id (`inventory.low-stock.<event id>.supplier` / `.merchant`),
/// so each alert mails each recipient exactly once: the outbox ignores an id it has seen, and the deliverer
/// writes each file once.
enum InventoryMails {
    /// The notifications of `alert` with their ids. A recipient missing from the catalogue, or a message that
    /// cannot be built, is logged and left out, so a mail problem never undoes the stock change.
    static func lowStock(
        _ alert: SupplierStockRanLow, eventID: String, listingTitle title: String, supplier: SupplierRecord?,
        merchant: MerchantRecord?, logger: Logger
    ) -> [(id: String, message: EmailMessage)] {
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
        return recipients.compactMap { recipient in
            let id = "inventory.low-stock.\(eventID).\(recipient.role)"
            guard let name = recipient.name, let email = recipient.email else {
                logger.warning("Low-stock mail has no recipient in the catalogue", metadata: ["mail.id": "\(id)"])
                return nil
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
                return (id, message)
            } catch {
                logger.error("Low-stock mail could not be built", metadata: ["mail.id": "\(id)", "error": "\(error)"])
                return nil
            }
        }
    }
}
