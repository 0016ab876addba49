import Contracts
import SupplierDispatch
import Testing

/// Which languages a purchase order's documents come in (R9).
@Suite("Document languages")
struct DocumentLanguagesTests {
    @Test(
        "R9: the merchant's language and the destination's, English for the unsupported, English on customs",
        arguments: [
            ("pt", "FR", [DocumentLanguage.portuguese, .french], [DocumentLanguage.portuguese, .french, .english]),
            ("en", "DE", [.english, .german], [.english, .german]),
            ("ja", "JP", [.english], [.english]),
            ("zh-CN", "CN", [.chinese], [.chinese, .english]),
            ("en", "CN", [.english, .chinese], [.english, .chinese]),
            ("pt-BR", "BR", [.portuguese], [.portuguese, .english]),
            ("de", "AT", [.german], [.german, .english]),
            ("es", "US", [.spanish, .english], [.spanish, .english]),
            ("FR_ca", "CA", [.french, .english], [.french, .english]),
            ("zh-Hant-TW", "TW", [.english], [.english]),
            ("zh-Hans-HK", "HK", [.chinese, .english], [.chinese, .english]),
            ("ko", "MX", [.english, .spanish], [.english, .spanish]),
            ("", "IT", [.english], [.english]),
            ("fr", "XX", [.french, .english], [.french, .english]),
        ] as [(String, String, [DocumentLanguage], [DocumentLanguage])])
    func languages(merchant: String, destination: String, general: [DocumentLanguage], customs: [DocumentLanguage]) {
        let languages = DocumentLanguages(merchantLanguage: merchant, destinationCountry: destination)
        #expect(languages.languages(for: .packingList) == general)
        #expect(languages.languages(for: .invoice) == general)
        #expect(languages.languages(for: .commercialInvoice) == customs)
    }

    @Test("R9: a merchant with no language gets English, plus the destination's")
    func noMerchantLanguage() {
        let languages = DocumentLanguages(merchantLanguage: nil, destinationCountry: "ES")
        #expect(languages.general == [.english, .spanish])
        #expect(languages.customs == [.english, .spanish])
    }

    /// Every country Orders validates addresses for (CountryAddressRule+*.swift) has a document language.
    @Test(
        "R9: every destination Orders accepts has a primary language",
        arguments: [
            "AE", "AR", "AT", "AU", "BE", "BR", "CA", "CH", "CL", "CN", "CO", "CZ", "DE", "DK", "EG", "ES", "FI", "FR",
            "GB", "GR", "HK", "HU", "ID", "IE", "IL", "IN", "IT", "JP", "KR", "MX", "MY", "NG", "NL", "NO", "NZ", "PH",
            "PL", "PT", "RO", "RU", "SA", "SE", "SG", "TH", "TR", "TW", "UA", "US", "VN", "ZA",
        ])
    func everyAddressCountryIsListed(country: String) throws {
        let language = try #require(DocumentLanguages.primaryLanguage(ofCountry: country))
        #expect(CountryCode(country) != nil)
        #expect(!language.isEmpty)
    }

    @Test("R9: the records of a pt merchant shipping to FR: pt and fr, and English on the commercial invoice")
    func recordsFollowTheLanguages() throws {
        let records = try DocumentFixtures.documents()
        let pairs = records.map { "\($0.kind)/\($0.language)" }
        #expect(
            pairs == [
                "packing_list/pt", "packing_list/fr", "invoice/pt", "invoice/fr", "commercial_invoice/pt",
                "commercial_invoice/fr", "commercial_invoice/en",
            ])
    }

    @Test("R9: a ja merchant shipping to JP gets English documents only")
    func unsupportedFallsBackToEnglish() throws {
        let tokyo = Address(
            name: "Sato Hanako", line1: "1-1 Chiyoda", city: "Chiyoda-ku", region: "Tokyo", postalCode: "100-0001",
            country: "JP")
        let records = try DocumentFixtures.documents(DocumentFixtures.input(merchantLanguage: "ja", shipTo: tokyo))
        #expect(records.map(\.language) == ["en", "en", "en"])
        #expect(records.allSatisfy { $0.html.contains("<html lang=\"en\">") })
    }
}
