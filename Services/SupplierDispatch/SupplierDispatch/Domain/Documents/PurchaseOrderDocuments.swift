import Contracts
import Foundation

/// Makes a purchase order's documents (R6, R9): pure, no files, sockets or clocks.
public enum PurchaseOrderDocuments {
    /// The packing list, the invoice and the commercial invoice of `input`, each in each of its languages
    /// (`DocumentLanguages`), in that order: kinds as `DocumentKind` lists them, languages the merchant's first.
    ///
    /// Each record holds standalone, print-ready HTML (every value escaped) and JSON (the kind's `…Document`
    /// struct, keys sorted, dates ISO 8601, amounts in minor units with their currency; decode it with
    /// `jsonDecoder()`). Documents name the merchant's brand and return address, never the supplier (R6).
    ///
    /// - Throws: `DocumentError` naming the refused field: an empty brand, a quantity below 1, a negative unit
    ///   price, and for the commercial invoice (R9) a missing, malformed or unknown HS code, a missing or invalid
    ///   origin country, an invalid ship-to country.
    public static func make(_ input: PurchaseOrderDocumentInput) throws(DocumentError) -> [DocumentRecord] {
        let customs = try input.verify()
        let languages = DocumentLanguages(
            merchantLanguage: input.merchantLanguage, destinationCountry: input.shipTo.country)
        let encoder = jsonEncoder()
        var records: [DocumentRecord] = []
        for language in languages.languages(for: .packingList) {
            let document = PackingListDocument(input, language: language)
            records.append(record(.packingList, language, html: document.html(), json: encode(document, encoder)))
        }
        for language in languages.languages(for: .invoice) {
            let document = InvoiceDocument(input, total: customs.declaredValue, language: language)
            records.append(record(.invoice, language, html: document.html(), json: encode(document, encoder)))
        }
        for language in languages.languages(for: .commercialInvoice) {
            let document = CommercialInvoiceDocument(input, customs: customs, language: language)
            records.append(record(.commercialInvoice, language, html: document.html(), json: encode(document, encoder)))
        }
        return records
    }

    /// A decoder for the records' JSON (`PackingListDocument`, `InvoiceDocument`, `CommercialInvoiceDocument`):
    /// dates in ISO 8601.
    public static func jsonDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    private static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    private static func record(_ kind: DocumentKind, _ language: DocumentLanguage, html: String, json: String)
        -> DocumentRecord
    {
        DocumentRecord(kind: kind.rawValue, language: language.rawValue, html: html, json: json)
    }

    /// The document as JSON text. The documents hold only strings, integers, dates and Contracts values that
    /// encode as strings and integers, so encoding cannot fail: a failure is a broken invariant, not bad input.
    private static func encode(_ document: some Encodable, _ encoder: JSONEncoder) -> String {
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        } catch {
            preconditionFailure("A purchase-order document failed to encode: \(error)")
        }
    }
}
