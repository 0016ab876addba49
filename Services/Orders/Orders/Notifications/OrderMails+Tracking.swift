import Contracts
import Foundation
import GRDB

/// The customer's mails of the parcel's way (R10, R11): "confirmed shipped" with the expected delivery window at the
/// carrier's first scan, the scans that matter (out for delivery, an exception, returned to sender), and the
/// delivery.
extension OrderMails {
    /// R10: the carrier scanned the parcel for the first time; the customer gets the carrier, the tracking number
    /// and the expected delivery window.
    func confirmedShipped(
        _ order: Order, _ fact: OrderConfirmedFulfilled, listing: CatalogListing?, merchant: MerchantRecord?,
        in db: Database
    ) throws {
        let brand = merchant?.name ?? Self.platformName
        let window = fact.expectedDelivery
        let body = """
            Hello \(order.customerName),

            Your order from \(brand) is with the carrier: it scanned your parcel on \(MailText.time(fact.at)).

            Order: \(order.id)
            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))
            Carrier: \(fact.carrier)
            Tracking number: \(fact.trackingNumber)
            Expected delivery: between \(MailText.day(window.earliest)) and \(MailText.day(window.latest)) \
            (\(window.basis))

            Shipping to:
            \(MailText.address(order.shippingAddress))
            """
        try enqueue(
            customerDraft(
                order, kind: "confirmed-shipped", brand: brand, subject: "Your order \(order.id) is on its way",
                body: body, at: fact.at), in: db)
    }

    /// R10: a scan the customer hears of; `number` counts the order's scans of its kind (the mail's id).
    func scanUpdate(
        _ order: Order, _ scan: ShipmentScanned, number: Int, listing: CatalogListing?, merchant: MerchantRecord?,
        in db: Database
    ) throws {
        let brand = merchant?.name ?? Self.platformName
        let (subject, news): (String, String) =
            switch scan.kind {
            case .outForDelivery:
                ("Your order \(order.id) is out for delivery", "Your parcel is out for delivery today.")
            case .returnedToSender:
                (
                    "Your order \(order.id) is being returned",
                    "The carrier is returning your parcel to the sender. \(brand) will contact you about it."
                )
            default:
                (
                    "A problem with the delivery of your order \(order.id)",
                    "The carrier reported a problem with your parcel (customs, the address or damage). It is "
                        + "looking into it, and we will tell you as soon as it moves again."
                )
            }
        let body = """
            Hello \(order.customerName),

            \(news)

            Order: \(order.id)
            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))
            Carrier: \(scan.carrier)
            Tracking number: \(scan.trackingNumber)
            Scanned: \(MailText.time(scan.at))\(scan.location.map { " at \($0)" } ?? "")
            """
        try enqueue(
            customerDraft(
                order, kind: "\(scan.kind.rawValue.replacingOccurrences(of: "_", with: "-")).\(number)", brand: brand,
                subject: subject, body: body, at: scan.at), in: db)
    }

    /// R11: the carrier delivered the parcel.
    func delivered(
        _ order: Order, at time: Date, listing: CatalogListing?, merchant: MerchantRecord?, in db: Database
    ) throws {
        let brand = merchant?.name ?? Self.platformName
        let body = """
            Hello \(order.customerName),

            The carrier delivered your order from \(brand) on \(MailText.time(time)).

            Order: \(order.id)
            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))

            If it has not reached you, please reply to this message.
            """
        try enqueue(
            customerDraft(
                order, kind: "delivered", brand: brand, subject: "Your order \(order.id) was delivered", body: body,
                at: time), in: db)
    }
}

extension MailText {
    /// `2026-11-21`.
    static func day(_ date: Date) -> String {
        String(DomainTime.format(date).prefix(10))
    }
}
