import Contracts
import Foundation
import Orders
import Testing

/// R1: names, address lines, city, region and phone keep every real spelling intact and refuse what could
/// spoof, break or inject into a label, a packing list or an email.
@Suite("R1 text fields")
struct ValidationTextFieldTests {
    /// A free-text field of the request, set on an otherwise valid German request (region is free text there).
    enum TextField: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case customerName = "customer.name"
        case shippingName = "shippingAddress.name"
        case line1 = "shippingAddress.line1"
        case line2 = "shippingAddress.line2"
        case city = "shippingAddress.city"
        case region = "shippingAddress.region"

        var testDescription: String { rawValue }

        func refusals(with value: String) throws -> [FieldError] {
            var request = ValidationFixtures.request(address: try ValidationAddressSamples.sample("DE"))
            switch self {
            case .customerName: request.customer.name = value
            case .shippingName: request.shippingAddress.name = value
            case .line1: request.shippingAddress.line1 = value
            case .line2: request.shippingAddress.line2 = value
            case .city: request.shippingAddress.city = value
            case .region: request.shippingAddress.region = value
            }
            return PlacementValidator().validateRequest(request)
        }
    }

    static let accepted = [
        "O'Brien", "D’Angelo", "Jean-Luc", "São Paulo", "Sa\u{0303}o Paulo", "Zürich", "Łódź", "北京市朝阳区",
        "東京都千代田区", "東京都\u{3000}千代田区", "Москва", "القاهرة", "תל אביב", "ग्राम", "서울특별시", "กรุงเทพมหานคร",
        "Hà Nội", "Αθήνα", "Smith & Sons", "Apt #5, 221B", "Flat 3/2", "St. John's, N.L.", "1600", "Cra. 6 #15-88",
        "Rua 25 de Março, 1.024 - Centro", "  Padded Name  ", String(repeating: "e\u{0301}", count: 80),
    ]

    @Test("R1: real spellings in every script are accepted", arguments: accepted, TextField.allCases)
    func acceptsRealText(value: String, field: TextField) throws {
        #expect(try field.refusals(with: value) == [])
    }

    @Test("R1: the normalised request keeps every accepted spelling, only trimmed", arguments: accepted)
    func normalisationKeepsSpelling(value: String) throws {
        var request = ValidationFixtures.request(address: try ValidationAddressSamples.sample("DE"))
        request.shippingAddress.line1 = value
        let stored = PlacementValidator().normalized(request).shippingAddress.line1
        #expect(stored == value.trimmingCharacters(in: .whitespaces))
        #expect(stored.unicodeScalars.count == value.trimmingCharacters(in: .whitespaces).unicodeScalars.count)
    }

    @Test("R1: digits, # and * have Unicode's emoji property but are not emoji here")
    func keycapBaseCharactersAreText() throws {
        #expect(Unicode.Scalar("#").properties.isEmoji)
        #expect(Unicode.Scalar("1").properties.isEmoji)
        #expect(try TextField.line1.refusals(with: "Apt #1*, 221B Baker Street") == [])
    }

    static let refused: [(String, String)] = [
        ("Rua Augusta\u{0007}", "contains a control character"),
        ("Line one\nLine two", "contains a control character"),
        ("Name\tTab", "contains a control character"),
        ("Delete\u{7F}", "contains a control character"),
        ("Next\u{0085}Line", "contains a control character"),
        ("Line\u{2028}Separator", "contains a control character"),
        ("\u{202E}gnp.exe", "contains a bidirectional override"),
        ("Left\u{202A}Embedded", "contains a bidirectional override"),
        ("Isolate \u{2066}x\u{2069}", "contains a bidirectional override"),
        ("First\u{2068}strong", "contains a bidirectional override"),
        ("Pay\u{200B}Pal", "contains an invisible character"),
        ("Zero\u{200C}Width", "contains an invisible character"),
        ("Joi\u{200D}ner", "contains an invisible character"),
        ("Mark\u{200E}", "contains an invisible character"),
        ("\u{FEFF}Main Street", "contains an invisible character"),
        ("Soft\u{00AD}hyphen", "contains an invisible character"),
        ("Main Street 🏠", "contains an emoji"),
        ("I ❤ NY", "contains an emoji"),
        ("1️⃣ Main Street", "contains an emoji"),
        ("#️⃣ Hash", "contains an emoji"),
        ("Thumbs 👍🏽", "contains an emoji"),
        ("Flag 🇧🇷", "contains an emoji"),
        ("Family 👨‍👩‍👧", "contains an emoji"),
        ("Acme™", "contains an emoji"),
        ("Star ★", "contains an emoji"),
        ("<script>alert(1)</script>", "contains markup"),
        ("<b>Bold</b> Street", "contains markup"),
        ("a > b", "contains markup"),
        ("javascript:alert(1)", "contains markup"),
        ("JavaScript:void(0)", "contains markup"),
        ("&lt;script&gt;", "contains markup"),
        ("&#60;b&#62;", "contains markup"),
        ("", "is required"),
        ("   ", "is required"),
    ]

    @Test(
        "R1: unsafe text is refused on the field with its reason",
        arguments: refused, [TextField.customerName, .shippingName, .line1, .city])
    func refusesUnsafeText(text: (value: String, reason: String), field: TextField) throws {
        #expect(try field.refusals(with: text.value) == [FieldError(field: field.rawValue, reason: text.reason)])
    }

    @Test("R1: a blank optional field (line2, region outside the region-required countries) counts as absent")
    func blankOptionalFieldIsAbsent() throws {
        #expect(try TextField.line2.refusals(with: "  ") == [])
        #expect(try TextField.region.refusals(with: "") == [])
        #expect(
            try TextField.line2.refusals(with: "Flat 2 🏠") == [
                FieldError(field: "shippingAddress.line2", reason: "contains an emoji")
            ])
    }

    @Test(
        "R1: lengths are limited in characters: names 100, lines 120, city and region 80",
        arguments: [
            (TextField.customerName, 100), (.shippingName, 100), (.line1, 120), (.line2, 120), (.city, 80),
            (.region, 80),
        ])
    func lengthLimit(field: TextField, limit: Int) throws {
        #expect(try field.refusals(with: String(repeating: "ü", count: limit)) == [])
        #expect(try field.refusals(with: String(repeating: "北", count: limit)) == [])
        #expect(
            try field.refusals(with: String(repeating: "a", count: limit + 1)) == [
                FieldError(field: field.rawValue, reason: "is longer than \(limit) characters")
            ])
    }

    @Test("R1: the phone is optional, at most 32 characters, and plain text")
    func phone() throws {
        var address = try ValidationAddressSamples.sample("GB")
        for accepted in [nil, "", "+44 20 7766 7300", "(020) 7766-7300 ext. 12", String(repeating: "1", count: 32)] {
            address.phone = accepted
            #expect(ValidationFixtures.refusals(of: address) == [], "\(accepted ?? "nil")")
        }
        for (value, reason) in [
            (String(repeating: "1", count: 33), "is longer than 32 characters"),
            ("+44 20 7766\n7300", "contains a control character"), ("📞 020 7766 7300", "contains an emoji"),
        ] {
            address.phone = value
            #expect(
                ValidationFixtures.refusals(of: address) == [
                    FieldError(field: "shippingAddress.phone", reason: reason)
                ])
        }
    }
}
