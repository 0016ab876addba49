import Contracts
import Foundation
import FraudHold
import Testing

/// R4: an amount far above the customer's usual, and a first order with a high amount.
struct AmountRulesTests {
    /// The customer-profile context for an order of `amount` after earlier orders of `history` (minor units).
    static func context(history: [Money], amount: Money) -> RiskContext {
        let order = Fixtures.order(amount: amount)
        let earlier = history.enumerated().map { ($0.element, Fixtures.hours(-Double($0.offset + 1) * 30)) }
        return RiskContext(
            order: order, profiles: [Fixtures.profile(.customer, of: order, orders: earlier)], now: Fixtures.t0)
    }

    @Test(
        "R4: amount spike fires at 5× the median and at least 100 units, not one minor unit below either",
        arguments: [
            (
                [Fixtures.usd(100_00)], Fixtures.usd(500_00),
                "500.00 USD is 5.0× this customer's usual 100.00 USD (limit 5× and at least 100.00 USD)"
            ),
            ([Fixtures.usd(100_00)], Fixtures.usd(499_99), nil),
            (
                [Fixtures.usd(19_99)], Fixtures.usd(100_00),
                "100.00 USD is 5.0× this customer's usual 19.99 USD (limit 5× and at least 100.00 USD)"
            ),
            ([Fixtures.usd(19_99)], Fixtures.usd(99_99), nil),
            (
                [Fixtures.usd(90_00), Fixtures.usd(100_00), Fixtures.usd(400_00)], Fixtures.usd(730_00),
                "730.00 USD is 7.3× this customer's usual 100.00 USD (limit 5× and at least 100.00 USD)"
            ),
            (
                [Fixtures.usd(80_00), Fixtures.usd(120_00)], Fixtures.usd(500_00),
                "500.00 USD is 5.0× this customer's usual 100.00 USD (limit 5× and at least 100.00 USD)"
            ),
            ([Money(minorUnits: 10_00, currency: Fixtures.eur)], Fixtures.usd(500_00), nil),
            ([], Fixtures.usd(500_00), nil),
        ] as [([Money], Money, String?)])
    func amountSpike(history: [Money], amount: Money, expected: String?) {
        #expect(RiskRules().amountSpike.explain(Self.context(history: history, amount: amount)) == expected)
    }

    @Test(
        "R4: a first order fires at 200 units of its currency, not one minor unit below",
        arguments: [
            ([], Fixtures.usd(200_00), "First order from this customer is 200.00 USD (limit 200.00 USD)"),
            ([], Fixtures.usd(199_99), nil),
            ([Fixtures.usd(10_00)], Fixtures.usd(900_00), nil),
            (
                [], Money(minorUnits: 200, currency: CurrencyCode("JPY")!),
                "First order from this customer is 200 JPY (limit 200 JPY)"
            ),
        ] as [([Money], Money, String?)])
    func firstOrder(history: [Money], amount: Money, expected: String?) {
        #expect(RiskRules().firstOrderAmount.explain(Self.context(history: history, amount: amount)) == expected)
    }

    @Test("R4: a currency override replaces the whole-unit floor", arguments: [(Int64(30_000), true), (29_999, false)])
    func floorOverride(yen: Int64, fires: Bool) {
        let jpy = CurrencyCode("JPY")!
        let rule = FirstOrderAmountRule(floor: AmountThreshold(majorUnits: 200, overrides: [jpy: 30_000]))
        let context = Self.context(history: [], amount: Money(minorUnits: yen, currency: jpy))
        #expect((rule.explain(context) != nil) == fires)
        #expect(rule.floor.amount(in: Fixtures.usd) == Fixtures.usd(200_00))
    }
}
