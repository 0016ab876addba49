import Contracts
import Foundation
import GRDB
import Logging

extension OrderMails {
    /// R5: "New Transactions": a released order is in the merchant's Unfulfilled Orders queue, with everything
    /// needed to fulfil it.
    func newTransaction(
        _ entry: UnfulfilledOrder, listing: CatalogListing?, merchant: MerchantRecord?, in db: Database
    ) throws {
        guard let merchant = try known(merchant, entry.merchantID, entry.orderID, kind: "new-transaction", in: db)
        else { return }
        let body = """
            Hello \(merchant.name),

            A new order is in your Unfulfilled Orders queue, ready to fulfil.

            Order: \(entry.orderID)
            Released: \(MailText.time(entry.releasedAt))
            Listing: \(listing?.title ?? "–") (\(entry.listingID))
            Variation (SKU): \(entry.sku)
            Quantity: \(entry.quantity)
            Customer: \(entry.customerName)

            Ship to:
            \(MailText.address(entry.shippingAddress))
            """
        try enqueue(
            merchantDraft(
                merchant, orderID: entry.orderID, kind: "new-transaction",
                subject: "New Transactions: order \(entry.orderID) is ready to fulfil", body: body,
                at: entry.releasedAt), in: db)
    }

    /// R4: the risk rules flagged the order; it waits for a reviewer (round `round` of its reviews).
    func underReview(
        _ order: Order, round: Int, reasons: [RiskReason], at time: Date, listing: CatalogListing?,
        merchant: MerchantRecord?, in db: Database
    ) throws {
        let kind = "under-review.\(round)"
        guard let merchant = try known(merchant, order.merchantID, order.id, kind: kind, in: db) else { return }
        let reasonLines = reasons.map { "  - \($0.explanation)" }.joined(separator: "\n")
        let body = """
            Hello \(merchant.name),

            Order \(order.id) is under review: our risk checks flagged it, so it will not reach your Unfulfilled \
            Orders queue until a reviewer approves it. You do not need to do anything.

            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))
            Total: \(order.total)
            Under review since: \(MailText.time(time))

            Reasons:
            \(reasonLines.isEmpty ? "  - flagged by a reviewer" : reasonLines)
            """
        try enqueue(
            merchantDraft(
                merchant, orderID: order.id, kind: kind, subject: "Orders Under Review: order \(order.id)",
                body: body, at: time), in: db)
    }

    /// A mail from Dropline to the merchant, under id `orders.<orderID>.<kind>`.
    func merchantDraft(
        _ merchant: MerchantRecord, orderID: OrderID, kind: String, subject: String, body: String, at time: Date
    ) -> Draft {
        Draft(
            id: "orders.\(orderID).\(kind)", fromName: Self.platformName, toName: merchant.name,
            toAddress: merchant.email, subject: subject, body: body, date: time, orderID: orderID)
    }

    /// The merchant, or nil when the catalogue projection has not received it: the mail of `kind` is then set
    /// aside as a dead letter.
    func known(
        _ merchant: MerchantRecord?, _ id: MerchantID, _ orderID: OrderID, kind: String, in db: Database
    ) throws -> MerchantRecord? {
        if merchant == nil {
            try setAside(
                "orders.\(orderID).\(kind)", orderID: orderID,
                reason: "merchant \(id) is not in the catalogue, so the mail has no recipient",
                text: "Merchant \(id), \(kind) of order \(orderID)", in: db)
        }
        return merchant
    }

    /// R6: every supplier of a released order failed; the merchant is told what failed and when the order will
    /// be refunded unless it is dispatched again.
    func dispatchExhausted(
        _ order: Order, _ fact: OrderDispatchExhausted, listing: CatalogListing?, merchant: MerchantRecord?,
        in db: Database
    ) throws {
        let kind = "dispatch-exhausted.\(fact.attempts.count)"
        guard let merchant = try known(merchant, order.merchantID, order.id, kind: kind, in: db) else { return }
        let attempts = fact.attempts.map {
            "- \($0.supplierID): \($0.failure.rawValue.replacingOccurrences(of: "_", with: " "))"
        }
        let body = """
            Hello \(merchant.name),

            No supplier could take order \(order.id).

            Listing: \(listing?.title ?? "–") (\(order.listingID))
            Variation (SKU): \(order.sku)
            Quantity: \(order.quantity)

            Suppliers tried:
            \(attempts.joined(separator: "\n"))

            Unless the order is dispatched again (add or restock a supplier, then `dropline dispatch retry \(order.id)`),
            it will be refunded to the customer on \(MailText.time(fact.refundAt)).
            """
        try enqueue(
            merchantDraft(
                merchant, orderID: order.id, kind: kind,
                subject: "Action needed: no supplier could take order \(order.id)", body: body, at: fact.at), in: db)
    }
}
