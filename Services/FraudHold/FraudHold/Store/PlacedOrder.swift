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

    /// A `placedOrder` row, columns in `FraudHoldStore.placedOrder`'s order.
    init(row: Row) throws {
        orderID = OrderID(rawValue: row[0])
        merchantID = MerchantID(rawValue: row[1])
        email = row[2]
        shippingAddress = Address(row: row, at: 3)
        let currency: String = row[12]
        guard let code = CurrencyCode(currency) else {
            throw FraudHoldStoreError.corruptRow(table: "placedOrder", key: orderID.rawValue, column: "currency")
        }
        amount = Money(minorUnits: row[11], currency: code)
        placedAt = DomainTime.date(milliseconds: row[13])
        closedAt = (row[14] as Int64?).map { DomainTime.date(milliseconds: $0) }
    }

    /// The rules' view of the order once its card is known; no IP address travels with `order.placed`.
    func riskFacts(card: CardDetails) -> OrderRiskFacts {
        OrderRiskFacts(
            orderID: orderID, merchantID: merchantID, email: email, shippingAddress: shippingAddress,
            amount: amount, placedAt: placedAt, cardFingerprint: card.fingerprint, cardCountry: card.country)
    }
}
