import Contracts
import FraudHold
import Testing

/// R4: card country against shipping country, and disposable email domains with their sub-domains.
struct CountryAndEmailRuleTests {
    @Test(
        "R4: card country ≠ shipping country fires",
        arguments: [
            ("BR", "US", "Card issued in Brazil (BR) but shipping to United States (US)"),
            ("GB", "DE", "Card issued in United Kingdom (GB) but shipping to Germany (DE)"),
            ("US", "US", nil),
            ("US", "us", nil),
            (nil, "US", nil),
        ] as [(String?, String, String?)])
    func countryMismatch(card: String?, shipping: String, expected: String?) {
        var address = Fixtures.home
        address.country = shipping
        let context = RiskContext(
            order: Fixtures.order(cardCountry: card, address: address), profiles: [], now: Fixtures.t0)
        #expect(RiskRules().countryMismatch.explain(context) == expected)
    }

    @Test(
        "R4: disposable providers and their sub-domains fire; look-alikes do not",
        arguments: [
            ("x@mailinator.com", "Email domain mailinator.com is a disposable email provider"),
            ("x@MAILINATOR.COM", "Email domain mailinator.com is a disposable email provider"),
            ("x@mailinator.com.", "Email domain mailinator.com is a disposable email provider"),
            ("x@guerrillamail.com", "Email domain guerrillamail.com is a disposable email provider"),
            ("x@10minutemail.com", "Email domain 10minutemail.com is a disposable email provider"),
            ("x@tempmail.com", "Email domain tempmail.com is a disposable email provider"),
            ("x@yopmail.com", "Email domain yopmail.com is a disposable email provider"),
            ("x@trashmail.com", "Email domain trashmail.com is a disposable email provider"),
            (
                "x@eu.mailinator.com",
                "Email domain eu.mailinator.com belongs to the disposable email provider mailinator.com"
            ),
            ("x@a.b.yopmail.com", "Email domain a.b.yopmail.com belongs to the disposable email provider yopmail.com"),
            ("x@notmailinator.com", nil),
            ("x@mailinator.com.example.org", nil),
            ("mailinator.com@example.com", nil),
            ("x@example.com", nil),
            ("no-at-sign", nil),
        ] as [(String, String?)])
    func disposableEmail(email: String, expected: String?) {
        let context = RiskContext(order: Fixtures.order(email: email), profiles: [], now: Fixtures.t0)
        #expect(RiskRules().disposableEmail.explain(context) == expected)
    }

    @Test("R4: the built-in list holds the well-known providers")
    func builtInList() {
        let required: Set = [
            "mailinator.com", "guerrillamail.com", "10minutemail.com", "tempmail.com", "yopmail.com", "trashmail.com",
        ]
        #expect(required.isSubset(of: DisposableEmailRule.defaultDomains))
    }
}
