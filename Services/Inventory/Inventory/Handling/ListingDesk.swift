import Contracts
import Foundation
import GRDB
import Logging
import Mail
import ServiceKit
import Streams

/// Applies one input to a `Listing` inside the caller's transaction and carries out every fact the domain
/// returns in that same transaction (R2, R16): the listing's changed rows saved, each event appended to the
/// `inventory` outbox, a low-stock alert's mails queued, a reservation's expiry timer scheduled or cancelled.
/// The RPCs (`InventoryMethods`), the `orders` and dispatch streams and the timers all change stock through it.
///
/// Named for the aggregate it loads and saves: every input (a reservation, an order's outcome, a catalogue
/// load, a supplier's report) changes one `Listing`, its terms as well as its stock, so `StockDesk` would
/// name only part of what it applies.
struct ListingDesk: Sendable {
    let outbox: Outbox
    let clock: DomainClock
    let logger: Logger

    /// Carries out the facts the domain returned: appends each to the outbox and queues the two mails of each
    /// low-stock alert (R16). The one place Inventory sends its notifications from.
    func follow(_ events: [InventoryEvent], correlation: String, at now: Date, in db: Database) throws {
        for event in events {
            let eventID = try append(event.payload, correlation: correlation, at: now, in: db)
            if case .supplierStockRanLow(let alert) = event {
                try queueMails(for: alert, eventID: eventID, in: db)
            }
        }
    }

    /// Appends one event; returns its id.
    @discardableResult
    func append<Payload: EventPayload>(_ payload: Payload, correlation: String, at now: Date, in db: Database) throws
        -> String
    {
        try outbox.append(payload, at: now, correlation: correlation, in: db).id
    }

    /// Queues the supplier's and the merchant's mail about `alert`, named after its event, with the names and
    /// addresses of the catalogue as last loaded; one that cannot be built is set aside as a dead letter.
    private func queueMails(for alert: SupplierStockRanLow, eventID: String, in db: Database) throws {
        let mails = InventoryMails.lowStock(
            alert, eventID: eventID,
            listingTitle: try CatalogRecords.listingTitle(alert.listingID, in: db) ?? alert.listingID.rawValue,
            supplier: try CatalogRecords.supplier(alert.supplierID, in: db),
            merchant: try CatalogRecords.merchant(alert.merchantID, in: db))
        for mail in mails {
            switch mail.message {
            case .success(let message):
                try MailOutbox.enqueue(message, id: mail.id, in: db)
            case .failure(let unsent):
                logger.error(
                    "Low-stock mail not sent; set aside as a dead letter",
                    metadata: ["mail.id": "\(mail.id)", "error": "\(unsent.reason)"])
                try DeadLetters.record(
                    db, stream: MailOutbox.deadLetterStream, type: mail.id, body: Data(unsent.text.utf8),
                    error: "Notification \(mail.id) was not sent: \(unsent.reason)")
            }
        }
    }
}
