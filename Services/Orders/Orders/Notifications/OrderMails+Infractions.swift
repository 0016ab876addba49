import Contracts
import Foundation
import GRDB

/// The merchant's mails of a shipment gone wrong (R8, R10): a stalled parcel, and an infraction charged for an
/// order (with the refund R8 made).
extension OrderMails {
    /// R10: no scan for the stall period; the supplier is asked to follow up. `number` counts the order's stalls.
    func stalled(
        _ order: Order, _ fact: ShipmentStalled, number: Int, listing: CatalogListing?, merchant: MerchantRecord?,
        in db: Database
    ) throws {
        let kind = "stalled.\(number)"
        guard let merchant = try known(merchant, order.merchantID, order.id, kind: kind, in: db) else { return }
        let body = """
            Hello \(merchant.name),

            The parcel of order \(order.id) has had no carrier scan for \(fact.silentDays) days. We have asked the \
            supplier \(fact.supplierID) to follow up with the carrier.

            Listing: \(listing?.title ?? "–") (\(order.listingID))
            Carrier: \(fact.carrier)
            Tracking number: \(fact.trackingNumber)
            Last heard of: \(MailText.time(fact.lastHeardAt))
            """
        try enqueue(
            merchantDraft(
                merchant, orderID: order.id, kind: kind, subject: "Stalled parcel: order \(order.id)", body: body,
                at: fact.at), in: db)
    }

    /// R8, R10: an infraction charged for the order; for `late_fulfillment` while unshipped, the order was
    /// refunded and its purchase order cancelled.
    func infraction(
        _ order: Order, _ fact: InfractionRecorded, refunded: Bool, listing: CatalogListing?,
        merchant: MerchantRecord?, in db: Database
    ) throws {
        let kind = "infraction.\(fact.kind.rawValue.replacingOccurrences(of: "_", with: "-"))"
        guard let merchant = try known(merchant, order.merchantID, order.id, kind: kind, in: db) else { return }
        let what =
            switch fact.kind {
            case .lateFulfillment:
                "Order \(order.id) was not shipped within 5 days of its release."
                    + (refunded
                        ? " It has been refunded to the customer, its units are back in stock, and its purchase "
                            + "order is cancelled at the supplier." : "")
            case .lateConfirmedFulfillment:
                "The carrier had not scanned the parcel of order \(order.id) within 7 days of its release."
            }
        let body = """
            Hello \(merchant.name),

            \(what)

            Infraction: \(fact.kind) (\(fact.infractionID))
            Released: \(MailText.time(fact.releasedAt))
            Deadline: \(MailText.time(fact.deadline))
            Penalty: \(fact.penalty.map { "\($0)" } ?? "none")
            Listing: \(listing?.title ?? "–") (\(order.listingID))
            """
        try enqueue(
            merchantDraft(
                merchant, orderID: order.id, kind: kind, subject: "Infraction \(fact.kind): order \(order.id)",
                body: body, at: fact.at), in: db)
    }
}
