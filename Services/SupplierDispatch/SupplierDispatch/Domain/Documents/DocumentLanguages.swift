/// The languages one purchase order's documents are written in (R9).
///
/// - The packing list and the invoice come in the merchant's language, then the destination country's primary
///   language (`primaryLanguage(ofCountry:)`), without repeats.
/// - A language Dropline has no translation for (see `DocumentLanguage`), a missing merchant language and a
///   country the table does not list all fall back to English.
/// - The commercial invoice comes in the same languages plus English, the language customs read everywhere,
///   appended when neither language is English.
///
/// A Portuguese merchant shipping to France gets packing list and invoice in `pt` and `fr`, and the commercial
/// invoice in `pt`, `fr` and `en`; an English merchant shipping to Germany gets `en` and `de` throughout; a
/// Japanese merchant shipping to Japan gets `en` only.
public struct DocumentLanguages: Sendable, Equatable {
    /// The packing list's and the invoice's languages, the merchant's first.
    public let general: [DocumentLanguage]
    /// The commercial invoice's languages: `general`, and English last unless already there.
    public let customs: [DocumentLanguage]

    /// The languages for a merchant writing in `merchantLanguage` (BCP 47, nil when unknown) who ships to
    /// `destinationCountry` (ISO 3166-1 alpha-2, the ship-to address's country).
    public init(merchantLanguage: String?, destinationCountry: String) {
        let merchant = DocumentLanguage(tag: merchantLanguage) ?? .english
        let destination = DocumentLanguage(tag: Self.primaryLanguage(ofCountry: destinationCountry)) ?? .english
        general = destination == merchant ? [merchant] : [merchant, destination]
        customs = general.contains(.english) ? general : general + [.english]
    }

    /// The languages of one kind of document.
    public func languages(for kind: DocumentKind) -> [DocumentLanguage] {
        kind == .commercialInvoice ? customs : general
    }

    /// The language documents for `country` (ISO 3166-1 alpha-2, upper case) are written in, as a BCP 47 tag
    /// (`FR` → `fr`, `TW` → `zh-Hant`), or nil for a country the table does not list. The tag may name a language
    /// Dropline does not translate yet; `DocumentLanguage(tag:)` says which.
    public static func primaryLanguage(ofCountry country: String) -> String? {
        primaryLanguageByCountry[country]
    }
}
