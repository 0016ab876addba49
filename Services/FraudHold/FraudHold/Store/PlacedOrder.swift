import Contracts
import Foundation
import GRDB
import ServiceKit

/// What Fraud Hold keeps of an `order.placed` for the risk rules (R4), and whether the order has since been
/// cancelled or declined.
struct PlacedOrder: Hashable, Sendable {
    var orderID: OrderID
    var merchantID: MerchantID
    var email: String
    var shippingAddress: Address
    var amount: Money
    var placedAt: Date
    /// When `order.cancelled` or `order.declined` closed the order; nil while it is open.
    var closedAt: Date?

    /// The facts of a placement event.
    init(_ placed: OrderPlaced) {
        orderID = placed.orderID
        merchantID = placed.merchantID
        email = placed.customerEmail
        shippingAddress = placed.shippingAddress
        amount = placed.total
        placedAt = placed.at
    }

    /// A `placedOrder` row, as `PlacedOrderRecords` selects it.
    init(row: Row) throws {
        orderID = OrderID(rawValue: row["orderID"])
        merchantID = MerchantID(rawValue: row["merchantID"])
        email = row["email"]
        shippingAddress = Address(row: row, prefix: "shipping")
        guard let currency = CurrencyCode(row["currency"]) else {
            throw FraudHoldStoreError.corruptRow(table: "placedOrder", key: orderID.rawValue, column: "currency")
        }
        amount = Money(minorUnits: row["amountMinorUnits"], currency: currency)
        placedAt = DomainTime.date(milliseconds: row["placedAtMs"])
        closedAt = (row["closedAtMs"] as Int64?).map(DomainTime.date(milliseconds:))
    }

    /// The rules' view of the order once its card is known; no IP address travels with `order.placed`.
    func riskFacts(card: CardDetails) -> OrderRiskFacts {
        OrderRiskFacts(
            orderID: orderID, merchantID: merchantID, email: email, shippingAddress: shippingAddress,
            amount: amount, placedAt: placedAt, cardFingerprint: card.fingerprint, cardCountry: card.country)
    }
}
