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
        "R4: amount spike fires at 5× the median and at least about 100 USD's worth, not one minor unit below either",
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
            ([money(1_980, "JPY")], money(14_999, "JPY"), nil),
            (
                [money(1_980, "JPY")], money(15_000, "JPY"),
                "15000 JPY is 7.5× this customer's usual 1980 JPY (limit 5× and at least 15000 JPY)"
            ),
            ([money(49_90, "BRL")], money(499_00, "BRL"), nil),
            (
                [money(49_90, "BRL")], money(500_00, "BRL"),
                "500.00 BRL is 10.0× this customer's usual 49.90 BRL (limit 5× and at least 500.00 BRL)"
            ),
        ] as [([Money], Money, String?)])
    func amountSpike(history: [Money], amount: Money, expected: String?) {
        #expect(RiskRules().amountSpike.explain(Self.context(history: history, amount: amount)) == expected)
    }

    /// `minorUnits` of the currency `code`.
    static func money(_ minorUnits: Int64, _ code: String) -> Money {
        Money(minorUnits: minorUnits, currency: CurrencyCode(code)!)
    }

    @Test(
        "R4: a first order fires at about 200 USD's worth of its currency, not one minor unit below",
        arguments: [
            ([], Fixtures.usd(200_00), "First order from this customer is 200.00 USD (limit 200.00 USD)"),
            ([], Fixtures.usd(199_99), nil),
            ([Fixtures.usd(10_00)], Fixtures.usd(900_00), nil),
            ([], money(200_00, "EUR"), "First order from this customer is 200.00 EUR (limit 200.00 EUR)"),
            ([], money(199_99, "EUR"), nil),
            ([], money(1_980, "JPY"), nil),
            ([], money(29_999, "JPY"), nil),
            ([], money(30_000, "JPY"), "First order from this customer is 30000 JPY (limit 30000 JPY)"),
            ([], money(300_000, "JPY"), "First order from this customer is 300000 JPY (limit 30000 JPY)"),
            ([], money(799_00, "BRL"), nil),
            ([], money(1_000_00, "BRL"), "First order from this customer is 1000.00 BRL (limit 1000.00 BRL)"),
            ([], money(279_999, "KRW"), nil),
            ([], money(280_000, "KRW"), "First order from this customer is 280000 KRW (limit 280000 KRW)"),
            ([], money(16_999_99, "INR"), nil),
            ([], money(3_200_000_00, "IDR"), "First order from this customer is 3200000.00 IDR (limit 3200000.00 IDR)"),
            ([money(1_980, "JPY")], money(300_000, "JPY"), nil),
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

    @Test(
        "R4: the policy table scales both default floors in currencies worth far less than a dollar",
        arguments: [
            ("JPY", Int64(30_000), Int64(15_000)), ("KRW", 280_000, 140_000), ("INR", 17_000_00, 8_500_00),
            ("IDR", 3_200_000_00, 1_600_000_00), ("VND", 5_000_000, 2_500_000), ("HUF", 70_000_00, 35_000_00),
            ("CLP", 190_000, 95_000), ("COP", 800_000_00, 400_000_00), ("PHP", 11_000_00, 5_500_00),
            ("THB", 7_000_00, 3_500_00), ("TWD", 6_000_00, 3_000_00), ("CZK", 4_400_00, 2_200_00),
            ("MXN", 3_600_00, 1_800_00), ("ZAR", 3_600_00, 1_800_00), ("TRY", 8_000_00, 4_000_00),
            ("BRL", 1_000_00, 500_00), ("USD", 200_00, 100_00), ("EUR", 200_00, 100_00), ("GBP", 200_00, 100_00),
            ("CHF", 200_00, 100_00), ("BHD", 200_000, 100_000),
        ])
    func policyTable(code: String, firstOrder: Int64, spike: Int64) {
        let currency = CurrencyCode(code)!
        let rules = RiskRules()
        #expect(rules.firstOrderAmount.floor.amount(in: currency) == Money(minorUnits: firstOrder, currency: currency))
        #expect(rules.amountSpike.floor.amount(in: currency) == Money(minorUnits: spike, currency: currency))
    }

    @Test("R4: every row of the policy table makes 200 USD's worth, from 2 to 30000 units per dollar")
    func policyRows() {
        let threshold = AmountThreshold.scaled(200)
        #expect(threshold.majorUnits == 200)
        #expect(threshold.overrides.count == AmountThreshold.unitsPerDollar.count)
        for (currency, units) in AmountThreshold.unitsPerDollar {
            #expect((2...30_000).contains(units), "\(currency)")
            let scale = (0..<currency.minorUnits).reduce(Int64(1)) { value, _ in value * 10 }
            #expect(threshold.amount(in: currency).minorUnits == 200 * units * scale, "\(currency)")
        }
        #expect(AmountThreshold.unitsPerDollar[Fixtures.usd] == nil)
        #expect(AmountThreshold.unitsPerDollar[Fixtures.eur] == nil)
    }
}
