import Contracts
import Testing

/// `Money.description`, the form R1's "the price changed to 21.99 EUR" refusal and every statement print.
@Suite("Money")
struct MoneyTests {
    @Test(
        "description writes the currency's minor-unit digits, sign first (R1 price refusal)",
        arguments: [
            (1999, "EUR", "19.99 EUR"), (2199, "EUR", "21.99 EUR"), (5, "EUR", "0.05 EUR"), (0, "EUR", "0.00 EUR"),
            (100, "USD", "1.00 USD"), (1500, "JPY", "1500 JPY"), (0, "JPY", "0 JPY"), (1250, "BHD", "1.250 BHD"),
            (7, "KWD", "0.007 KWD"), (12345, "CLF", "1.2345 CLF"), (-1999, "EUR", "-19.99 EUR"),
            (-5, "EUR", "-0.05 EUR"), (-1500, "JPY", "-1500 JPY"), (-1250, "BHD", "-1.250 BHD"),
            (Int64.max, "EUR", "92233720368547758.07 EUR"), (Int64.min, "EUR", "-92233720368547758.08 EUR"),
        ] as [(Int64, String, String)])
    func description(minorUnits: Int64, currency: String, expected: String) throws {
        let code = try #require(CurrencyCode(currency))
        #expect(Money(minorUnits: minorUnits, currency: code).description == expected)
    }

    @Test("arithmetic stays in minor units of one currency")
    func arithmetic() throws {
        let euro = try #require(CurrencyCode("EUR"))
        let price = Money(minorUnits: 1999, currency: euro)
        #expect(try price.multiplied(by: 3, for: "total") == Money(minorUnits: 5997, currency: euro))
        #expect(try price.adding(price, for: "sum").subtracting(price, for: "difference") == price)
        #expect(try price.multiplied(by: 0, for: "total") == .zero(euro))
        #expect(Money.zero(euro).description == "0.00 EUR")
    }

    /// One checked operation on an amount, with an operand that makes it overflow.
    enum Overflow: CaseIterable, Sendable {
        case maxPlusOne, twoToThe62Doubled, minMinusOne, twoToThe62TimesTwo, tenToThe17TimesHundred, minTimesMinusOne

        func apply(_ euro: CurrencyCode) throws(MoneyError) -> Money {
            let one = Money(minorUnits: 1, currency: euro)
            let half = Money(minorUnits: 1 << 62, currency: euro)
            switch self {
            case .maxPlusOne: return try Money(minorUnits: .max, currency: euro).adding(one, for: "landed cost")
            case .twoToThe62Doubled: return try half.adding(half, for: "landed cost")
            case .minMinusOne: return try Money(minorUnits: .min, currency: euro).subtracting(one, for: "landed cost")
            case .twoToThe62TimesTwo: return try half.multiplied(by: 2, for: "landed cost")
            case .tenToThe17TimesHundred:
                return try Money(minorUnits: 100_000_000_000_000_000, currency: euro).multiplied(
                    by: 100, for: "landed cost")
            case .minTimesMinusOne:
                return try Money(minorUnits: .min, currency: euro).multiplied(by: -1, for: "landed cost")
            }
        }
    }

    @Test(
        "an overflowing sum, difference or product throws MoneyError naming the computation, never traps",
        arguments: Overflow.allCases)
    func overflowThrows(operation: Overflow) throws {
        let euro = try #require(CurrencyCode("EUR"))
        do {
            let result = try operation.apply(euro)
            Issue.record("expected an overflow, got \(result)")
        } catch {
            guard case .overflow = error else {
                Issue.record("expected an overflow, got \(error)")
                return
            }
            #expect(error.computation == "landed cost")
            #expect(error.description.hasPrefix("landed cost: "))
            #expect(error.description.hasSuffix("does not fit in 64-bit minor units"))
        }
    }

    @Test("the error says the operands: order total: 46116860184273879.04 EUR × 2")
    func overflowDescription() throws {
        let price = Money(minorUnits: 1 << 62, currency: try #require(CurrencyCode("EUR")))
        #expect(throws: MoneyError.overflow(computation: "order total", expression: "46116860184273879.04 EUR × 2")) {
            try price.multiplied(by: 2, for: "order total")
        }
    }

    @Test("amounts in two currencies are not added: a MoneyError, not a trap")
    func currencyMismatch() throws {
        let euros = Money(minorUnits: 100, currency: try #require(CurrencyCode("EUR")))
        let dollars = Money(minorUnits: 100, currency: try #require(CurrencyCode("USD")))
        #expect(throws: MoneyError.currencyMismatch(computation: "landed cost", expression: "1.00 EUR + 1.00 USD")) {
            try euros.adding(dollars, for: "landed cost")
        }
        #expect(throws: MoneyError.self) { try euros.subtracting(dollars, for: "refund") }
    }
}
