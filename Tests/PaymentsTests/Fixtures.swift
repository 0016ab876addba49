import Contracts
import Foundation
import Payments

/// Shared values for the payment tests: currencies, a domain time, and gateways that record or refuse.
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
}

/// A `TestGateway` that logs every call and can refuse voids, captures and refunds, to prove which calls happen.
struct RecordingGateway: PaymentGateway {
    var inner = TestGateway()
    /// `authorise <key>`, `void <id>`, `capture <id> <amount>`, `refund <id> <amount>`.
    var calls: [String] = []
    /// When set, voids, captures and refunds are refused with this reason.
    var refusal: String?

    mutating func authorise(_ amount: Money, token: String, idempotencyKey: String) -> GatewayResponse {
        calls.append("authorise \(idempotencyKey)")
        return inner.authorise(amount, token: token, idempotencyKey: idempotencyKey)
    }

    mutating func void(authorisationID: String) -> GatewayReply {
        calls.append("void \(authorisationID)")
        return refusal.map { .refused(reason: $0) } ?? inner.void(authorisationID: authorisationID)
    }

    mutating func capture(authorisationID: String, amount: Money) -> GatewayReply {
        calls.append("capture \(authorisationID) \(amount)")
        return refusal.map { .refused(reason: $0) } ?? inner.capture(authorisationID: authorisationID, amount: amount)
    }

    mutating func refund(authorisationID: String, amount: Money) -> GatewayReply {
        calls.append("refund \(authorisationID) \(amount)")
        return refusal.map { .refused(reason: $0) } ?? inner.refund(authorisationID: authorisationID, amount: amount)
    }
}
