import Contracts
import InputRules
import Testing

/// Amount, language and country bounds every door shares.
@Suite("Bounds")
struct BoundsTests {
    @Test(
        "the largest amount is 10^9 whole units in the currency's minor units (ISO 4217 exponent)",
        arguments: [
            ("EUR", Int64(100_000_000_000)), ("JPY", 1_000_000_000), ("BHD", 1_000_000_000_000),
            ("CLF", 10_000_000_000_000),
        ])
    func maximum(code: String, minorUnits: Int64) throws {
        let currency = try #require(CurrencyCode(code))
        #expect(AmountBounds.maximum(in: currency) == Money(minorUnits: minorUnits, currency: currency))
        let most = Money(minorUnits: minorUnits, currency: currency)
        #expect(AmountBounds.refusal(of: most, mustBePositive: true) == nil)
        let above = Money(minorUnits: minorUnits + 1, currency: currency)
        #expect(AmountBounds.refusal(of: above, mustBePositive: false)?.hasPrefix("must be at most ") == true)
    }

    @Test("every currency's largest total, 10^9 whole units × the most units per order, fits in 64 bits")
    func largestTotalFits() throws {
        for code in ["EUR", "JPY", "BHD", "CLF", "UYW"] {
            let currency = try #require(CurrencyCode(code))
            let total = try AmountBounds.maximum(in: currency).multiplied(
                by: QuantityBounds.maxUnitsPerOrder, for: "order total")
            let landed = try total.adding(AmountBounds.maximum(in: currency), for: "landed cost")
                .adding(AmountBounds.maximum(in: currency), for: "landed cost")
            #expect(landed.minorUnits < Int64.max / 100)
        }
    }

    @Test("the floor depends on the door: a price paid must be positive, a catalogue amount not negative")
    func floors() throws {
        let euro = try #require(CurrencyCode("EUR"))
        #expect(AmountBounds.refusal(of: .zero(euro), mustBePositive: true) == "must be greater than 0")
        #expect(AmountBounds.refusal(of: .zero(euro), mustBePositive: false) == nil)
        #expect(
            AmountBounds.refusal(of: Money(minorUnits: -1, currency: euro), mustBePositive: false)
                == "must not be negative")
        #expect(
            AmountBounds.refusal(of: Money(minorUnits: 1 << 62, currency: euro), mustBePositive: false)
                == "must be at most 1000000000.00 EUR (1000000000 whole units)")
    }

    @Test("language tags: letters only, 2-3 then up to three subtags of 2-8", arguments: ["en", "pt-BR", "zh-Hans-CN"])
    func languageAccepted(tag: String) {
        #expect(LanguageTagRule.refusal(of: tag) == nil)
    }

    @Test(
        "Finding 9: a language such as <xx> is refused",
        arguments: ["<xx>", "es-419", "pt_BR", "e", "english", "en-", "-en", "en--US", "a-b-c-d-e", "", "en US"])
    func finding9_languageRefused(tag: String) {
        #expect(LanguageTagRule.refusal(of: tag) != nil)
    }

    @Test(
        "Finding 9: a country must be a real ISO 3166-1 alpha-2 code; ZZ is not",
        arguments: [
            ("BR", nil), ("ZZ", "is not an ISO 3166-1 alpha-2 country code (2 letters, as BR)"),
            ("br", "must be upper case: BR"), ("", "is required"),
        ] as [(String, String?)])
    func finding9_country(code: String, reason: String?) {
        #expect(CountryRule.refusal(of: code) == reason)
    }
}
