import Contracts
import Foundation
import GRDB

extension OrderMails {
    /// R1: the customer's order confirmation, queued with the order.
    func confirmation(of order: Order, listing: CatalogListing?, merchant: MerchantRecord?, in db: Database) throws {
        let brand = merchant?.name ?? Self.platformName
        let body = """
            Hello \(order.customerName),

            Thank you for your order from \(brand). We have received it and are confirming your payment.

            Order: \(order.id)
            Placed: \(MailText.time(order.placedAt))
            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))
            Total: \(order.total)

            Shipping to:
            \(MailText.address(order.shippingAddress))

            You can cancel this order free of charge while it is on hold, before \(brand) starts fulfilling it.
            """
        try enqueue(
            customerDraft(
                order, kind: "confirmation", brand: brand, subject: "We received your order \(order.id)", body: body,
                at: order.placedAt), in: db)
    }

    /// R4, R15: the order was cancelled, at the customer's request or after a rejected review.
    func cancellation(
        of order: Order, cause: TransitionCause, at time: Date, listing: CatalogListing?, merchant: MerchantRecord?,
        in db: Database
    ) throws {
        let brand = merchant?.name ?? Self.platformName
        let reason =
            switch cause {
            case .customerCancelled: "As you asked, we have cancelled your order \(order.id)."
            case .merchantCancelled: "We are sorry: \(brand) has cancelled your order \(order.id) before it shipped."
            default:
                "We are sorry: after checking your order \(order.id), we could not accept it and have cancelled it."
            }
        let body = """
            Hello \(order.customerName),

            \(reason)

            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))
            Total: \(order.total)
            Cancelled: \(MailText.time(time))

            Any amount held on your payment method is released, or refunded in full if it was taken.
            """
        try enqueue(
            customerDraft(
                order, kind: "cancellation", brand: brand, subject: "Your order \(order.id) is cancelled", body: body,
                at: time), in: db)
    }

    /// R3: the payment was declined and the order ended.
    func decline(
        of order: Order, reason: String, at time: Date, listing: CatalogListing?, merchant: MerchantRecord?,
        in db: Database
    ) throws {
        let brand = merchant?.name ?? Self.platformName
        let body = """
            Hello \(order.customerName),

            Your payment for order \(order.id) was declined (\(reason.replacingOccurrences(of: "_", with: " "))), \
            so the order could not go ahead. You have not been charged.

            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))
            Total: \(order.total)

            You are welcome to order again with another payment method.
            """
        try enqueue(
            customerDraft(
                order, kind: "decline", brand: brand, subject: "Payment declined for your order \(order.id)",
                body: body, at: time), in: db)
    }

    /// A mail from the merchant's brand to the order's customer, under id `orders.<orderID>.<kind>`.
    func customerDraft(
        _ order: Order, kind: String, brand: String, subject: String, body: String, at time: Date
    ) -> Draft {
        Draft(
            id: "orders.\(order.id).\(kind)", fromName: brand, toName: order.customerName,
            toAddress: order.customerEmail, subject: subject, body: body, date: time, orderID: order.id)
    }

    /// R7, R9: the order shipped; the customer gets the carrier and tracking number.
    func shipped(
        _ order: Order, _ shipment: OrderShipped, listing: CatalogListing?, merchant: MerchantRecord?, in db: Database
    ) throws {
        let brand = merchant?.name ?? Self.platformName
        let body = """
            Hello \(order.customerName),

            Good news: your order from \(brand) is on its way.

            Order: \(order.id)
            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))
            Shipped: \(MailText.time(shipment.at))
            Carrier: \(shipment.carrier)
            Tracking number: \(shipment.trackingNumber)

            Shipping to:
            \(MailText.address(order.shippingAddress))
            """
        try enqueue(
            customerDraft(
                order, kind: "shipped", brand: brand, subject: "Your order \(order.id) has shipped", body: body,
                at: shipment.at), in: db)
    }

    /// R6, R8: no supplier could ship the order, or it did not ship within 5 days of release; it is refunded in
    /// full.
    func refund(
        of order: Order, cause: TransitionCause, at time: Date, listing: CatalogListing?, merchant: MerchantRecord?,
        in db: Database
    ) throws {
        let brand = merchant?.name ?? Self.platformName
        let reason =
            cause == .lateFulfillment
            ? "\(brand) did not ship your order \(order.id) within 5 days, so it has been refunded in full."
            : "\(brand) could not ship your order \(order.id), and has refunded it in full."
        let body = """
            Hello \(order.customerName),

            We are sorry: \(reason)

            Item: \(MailText.item(title: listing?.title, sku: order.sku, quantity: order.quantity))
            Refunded: \(order.total) on \(MailText.time(time))

            The refund goes back to the payment method you used.
            """
        try enqueue(
            customerDraft(
                order, kind: "refund", brand: brand, subject: "Your order \(order.id) is refunded", body: body, at: time
            ),
            in: db)
    }
}
