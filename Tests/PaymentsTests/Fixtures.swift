import Contracts
import Foundation
import Payments

/// Shared values for the payment tests: currencies, a domain time, the `orders` facts the service consumes, and
/// gateways that record or refuse.
enum Fixtures {
    static let usd = CurrencyCode("USD")!
    static let eur = CurrencyCode("EUR")!
    /// Domain time 0 of every scenario; tests never read the wall clock.
    static let t0 = DomainTime.parse("2026-11-21T12:00:00.000Z")!

    static func usd(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: usd) }
    static func eur(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: eur) }
    static func minutes(_ count: Double) -> Date { t0.addingTimeInterval(count * 60) }

    /// A pending authorisation, by default of 100.00 USD for order `o-1`.
    static func authorisation(
        order: OrderID = "o-1", token: String = "tok_visa", amount: Money = usd(100_00)
    ) throws -> Authorisation {
        try Authorisation(orderID: order, amount: amount, paymentToken: token)
    }

    // MARK: - Orders facts

    /// `order.placed` for `order` at `time`, paying `total` with `token`.
    static func placed(
        _ order: OrderID = "o-1", token: String? = "tok_visa", total: Money = usd(100_00), at time: Date = t0
    ) -> OrderPlaced {
        OrderPlaced(
            orderID: order, merchantID: "m-1", listingID: "l-1", sku: "SKU-1", quantity: 1, unitPrice: total,
            total: total, customerName: "Ada Lovelace", customerEmail: "ada@example.com",
            shippingAddress: Address(name: "Ada Lovelace", line1: "1 Main St", city: "Springfield", country: "US"),
            paymentToken: token, at: time)
    }

    /// `order.cancelled`, by default by the customer.
    static func cancelled(
        _ order: OrderID = "o-1", cause: TransitionCause = .customerCancelled, at time: Date = t0
    ) -> OrderCancelled {
        OrderCancelled(orderID: order, cause: cause, at: time)
    }

    /// `order.refunded` after release, when no supplier could ship (R6).
    static func refunded(_ order: OrderID = "o-1", at time: Date = minutes(600)) -> OrderRefunded {
        OrderRefunded(orderID: order, cause: .dispatchAbandoned, at: time)
    }

    /// `order.released` at the end of the hold.
    static func released(_ order: OrderID = "o-1", at time: Date = minutes(480)) -> OrderReleased {
        let placed = placed(order)
        return OrderReleased(
            orderID: order, cause: .holdEnded,
            unfulfilled: UnfulfilledOrder(
                orderID: order, merchantID: placed.merchantID, listingID: placed.listingID, sku: placed.sku,
                quantity: placed.quantity, customerName: placed.customerName, shippingAddress: placed.shippingAddress,
                releasedAt: time),
            at: time)
    }
}
