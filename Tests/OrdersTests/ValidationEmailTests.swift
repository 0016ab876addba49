import Contracts
import Orders
import Testing

/// R1: a practical email check; disposable domains are a fraud signal (R4), not checked here.
@Suite("R1 email")
struct ValidationEmailTests {
    private func refusals(email: String) -> [FieldError] {
        PlacementValidator().validateRequest(
            ValidationFixtures.request(customer: .init(name: "Ana Souza", email: email)))
    }

    @Test(
        "R1: practical addresses, internationalised ones included, are accepted",
        arguments: [
            "ana@example.com", "ana.souza+orders@example.co.uk", "o'brien@example.ie", "x_y-z@sub.example.museum",
            "user@mail-server.example.com", "josé@exemplo.com.br", "用户@例子.中国", "пример@пример.рф",
            "a@b.co", "ana@xn--80ak6aa92e.com", "  ana@example.com  ", "ANA@EXAMPLE.COM",
            String(repeating: "a", count: 64) + "@example.com",
        ])
    func accepted(email: String) {
        #expect(refusals(email: email) == [])
    }

    static let malformed: [(String, String)] = [
        ("", "is required"),
        (
            String(repeating: "a", count: 64) + "@" + String(repeating: "b", count: 186) + ".com",
            "is longer than 254 bytes (a letter outside ASCII takes 2 to 4)"
        ),
        ("ana smith@example.com", "must not contain spaces"),
        ("ana@exam ple.com", "must not contain spaces"),
        ("ana.example.com", "must contain an @, as name@example.com"),
        ("ana@@example.com", "must contain only one @"),
        ("a@b@example.com", "must contain only one @"),
        ("@example.com", "needs a name before the @"),
        (
            String(repeating: "a", count: 65) + "@example.com",
            "has more than 64 bytes before the @ (a letter outside ASCII takes 2 to 4)"
        ),
        (
            String(repeating: "á", count: 33) + "@example.com",
            "has more than 64 bytes before the @ (a letter outside ASCII takes 2 to 4)"
        ),
        ("ana<x>@example.com", "has a character before the @ that email addresses do not allow"),
        ("ana,b@example.com", "has a character before the @ that email addresses do not allow"),
        ("ana\u{0007}@example.com", "has a character before the @ that email addresses do not allow"),
        ("ana😀@example.com", "has a character before the @ that email addresses do not allow"),
        (".ana@example.com", "has a misplaced dot before the @"),
        ("ana.@example.com", "has a misplaced dot before the @"),
        ("an..a@example.com", "has a misplaced dot before the @"),
        ("ana@localhost", "needs a domain with a dot after the @, as example.com"),
        ("ana@", "needs a domain with a dot after the @, as example.com"),
    ]

    static let invalidDomains = [
        "ana@-example.com", "ana@example-.com", "ana@exa_mple.com", "ana@example..com", "ana@.example.com",
        "ana@example.com.", "ana@1.2.3.4", "ana@exam😀ple.com", "ana@" + String(repeating: "a", count: 64) + ".com",
    ]

    @Test("R1: malformed addresses are refused on customer.email with the reason", arguments: malformed)
    func malformedIsRefused(email: String, reason: String) {
        #expect(refusals(email: email) == [FieldError(field: "customer.email", reason: reason)])
    }

    @Test("R1: a malformed domain is refused with the expected label form", arguments: invalidDomains)
    func invalidDomain(email: String) {
        #expect(
            refusals(email: email) == [
                FieldError(
                    field: "customer.email",
                    reason:
                        "has an invalid domain after the @ (letters, digits and inner hyphens)"
                )
            ])
    }
}
