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
        #expect(price * 3 == Money(minorUnits: 5997, currency: euro))
        #expect(price + price - price == price)
        #expect(Money.zero(euro).description == "0.00 EUR")
    }
}
