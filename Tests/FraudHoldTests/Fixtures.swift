import Contracts
import Foundation
import FraudHold

/// Shared values for the fraud tests: a domain time, money, an address, and order and profile builders.
enum Fixtures {
    static let usd = CurrencyCode("USD")!
    static let eur = CurrencyCode("EUR")!
    /// Domain time 0 of every scenario; tests never read the wall clock.
    static let t0 = DomainTime.parse("2026-11-21T12:00:00.000Z")!
    static let home = Address(
        name: "Ana Lima", line1: "12 Main Street", city: "Springfield", postalCode: "62701", country: "US")

    static func usd(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: usd) }
    static func hours(_ count: Double) -> Date { t0.addingTimeInterval(count * 3_600) }

    /// The order being assessed: 50.00 USD by ana@example.com on card `fp_card`, shipped home, at `t0`.
    static func order(
        id: OrderID = "o-new", email: String = "ana@example.com", amount: Money = usd(50_00),
        ip: String? = "203.0.113.7", cardCountry: String? = "US", address: Address = home
    ) -> OrderRiskFacts {
        OrderRiskFacts(
            orderID: id, merchantID: "m-1", email: email, shippingAddress: address, ipAddress: ip, amount: amount,
            placedAt: t0, cardFingerprint: "fp_card", cardCountry: cardCountry.flatMap(CountryCode.init))
    }

    /// A profile for `order`'s key of `kind` with earlier orders (`o-1`, `o-2`, …) and declines.
    static func profile(
        _ kind: RiskProfileKey.Kind, of order: OrderRiskFacts = order(), orders: [(Money, Date)] = [],
        declines: [Date] = []
    ) -> RiskProfile {
        var profile = RiskProfile(key: order.key(kind)!)
        for (index, (amount, at)) in orders.enumerated() {
            profile.recordAuthorisedOrder(OrderID(rawValue: "o-\(index + 1)"), amount: amount, placedAt: at)
        }
        for (index, at) in declines.enumerated() {
            profile.recordDecline(OrderID(rawValue: "d-\(index + 1)"), at: at)
        }
        return profile
    }

    /// `count` earlier orders of 50.00 USD, each `spacing` hours apart, the latest `spacing` hours before `t0`.
    static func earlier(_ count: Int, every spacing: Double = 0.1) -> [(Money, Date)] {
        (0..<count).map { index in (usd(50_00), hours(-Double(index + 1) * spacing)) }
    }

    /// A reason as a rule would give it.
    static func reason(_ ruleID: String = "velocity_1h", weight: Int = 50) -> RiskReason {
        RiskReason(ruleID: ruleID, weight: weight, explanation: "3 orders from this card in the last hour (limit 3)")
    }
}
