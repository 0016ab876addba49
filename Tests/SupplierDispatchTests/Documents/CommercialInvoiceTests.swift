import Contracts
import Foundation
import SupplierDispatch
import Testing

/// R9: the commercial invoice's verified HS code, origin, declared value and currency, and its refusals.
@Suite("Commercial invoice")
struct CommercialInvoiceTests {
    @Test("R9: a listed HS code passes and prints with its nomenclature description")
    func validHSCode() throws {
        let records = try DocumentFixtures.documents().filter { $0.kind == "commercial_invoice" }
        #expect(records.map(\.language) == ["pt", "fr", "en"])
        for record in records {
            #expect(record.html.contains("<td>610910</td>"))
            #expect(record.html.contains("T-shirts, singlets and other vests; of cotton, knitted or crocheted"))
            #expect(record.html.contains("China (CN)"))
            #expect(record.html.contains("France (FR)"))
            #expect(record.html.contains("EUR (Euro)"))
            #expect(record.html.contains("Lumen Threads"))
        }
        let english = try #require(records.last)
        for label in ["Commercial invoice", "Exporter", "Consignee", "HS code", "Country of origin", "Declared value"] {
            #expect(english.html.contains(label))
        }
        #expect(english.html.contains("<dt>Reason for export</dt><dd>Sale</dd>"))
    }

    @Test(
        "R9: a missing, malformed or unlisted HS code is refused, naming the code",
        arguments: [
            (nil, DocumentError.missingHSCode), ("", .missingHSCode), (" ", .missingHSCode),
            ("999999", .unknownHSCode("999999")), ("000000", .unknownHSCode("000000")),
            ("61091", .malformedHSCode("61091")), ("6109.10", .malformedHSCode("6109.10")),
            ("6109100010", .malformedHSCode("6109100010")), ("61091O", .malformedHSCode("61091O")),
            ("６１０９１０", .malformedHSCode("６１０９１０")),
        ] as [(String?, DocumentError)])
    func refusedHSCode(code: String?, error: DocumentError) {
        #expect(throws: error) { try PurchaseOrderDocuments.make(DocumentFixtures.input(hsCode: code)) }
        #expect(error.field == "hsCode")
        if let code, !code.allSatisfy(\.isWhitespace) { #expect(error.description.contains(code)) }
    }

    @Test(
        "R9: the origin must be an ISO 3166-1 alpha-2 code",
        arguments: [
            (nil, DocumentError.missingOriginCountry), ("", .missingOriginCountry),
            ("XX", .invalidOriginCountry("XX")), ("cn", .invalidOriginCountry("cn")),
            ("CHN", .invalidOriginCountry("CHN")),
        ] as [(String?, DocumentError)])
    func refusedOrigin(origin: String?, error: DocumentError) {
        #expect(throws: error) { try PurchaseOrderDocuments.make(DocumentFixtures.input(originCountry: origin)) }
        #expect(error.field == "originCountry")
    }

    @Test("R9: quantity below 1, negative prices and unknown destinations are refused, naming the field")
    func otherRefusals() {
        #expect(throws: DocumentError.invalidQuantity(0)) {
            try PurchaseOrderDocuments.make(DocumentFixtures.input(quantity: 0))
        }
        #expect(throws: DocumentError.invalidQuantity(-1)) {
            try PurchaseOrderDocuments.make(DocumentFixtures.input(quantity: -1))
        }
        let negative = DocumentFixtures.money(-1, "EUR")
        #expect(throws: DocumentError.negativeUnitPrice(negative)) {
            try PurchaseOrderDocuments.make(DocumentFixtures.input(unitPrice: negative))
        }
        let huge = DocumentFixtures.money(Int64.max / 2, "EUR")
        #expect(throws: DocumentError.declaredValueTooLarge(huge, quantity: 3)) {
            try PurchaseOrderDocuments.make(DocumentFixtures.input(quantity: 3, unitPrice: huge))
        }
        var nowhere = DocumentFixtures.shipTo
        nowhere.country = "ZZ"
        #expect(throws: DocumentError.invalidDestinationCountry("ZZ")) {
            try PurchaseOrderDocuments.make(DocumentFixtures.input(shipTo: nowhere))
        }
        #expect(DocumentError.invalidQuantity(0).field == "quantity")
        #expect(DocumentError.invalidDestinationCountry("ZZ").fieldError.field == "shipTo.country")
        #expect(DocumentError.declaredValueTooLarge(huge, quantity: 3).field == "unitPrice")
    }

    @Test(
        "R9: declared value = unit price × quantity in minor units, with the ISO currency",
        arguments: [
            (1999, "EUR", 2, 3998, "39.98 EUR"), (1500, "JPY", 3, 4500, "4500 JPY"),
            (1250, "BHD", 4, 5000, "5.000 BHD"), (5, "USD", 7, 35, "0.35 USD"), (0, "GBP", 1, 0, "0.00 GBP"),
        ] as [(Int64, String, Int, Int64, String)])
    func declaredValue(unit: Int64, currency: String, quantity: Int, total: Int64, printed: String) throws {
        let input = DocumentFixtures.input(quantity: quantity, unitPrice: DocumentFixtures.money(unit, currency))
        let records = try PurchaseOrderDocuments.make(input)
        let record = try DocumentFixtures.first(.commercialInvoice, in: records)
        let document = try PurchaseOrderDocuments.jsonDecoder().decode(
            CommercialInvoiceDocument.self, from: Data(record.json.utf8))
        #expect(document.declaredValue == DocumentFixtures.money(total, currency))
        #expect(document.currency.code == currency)
        #expect(document.lines.map(\.declaredValue) == [DocumentFixtures.money(total, currency)])
        #expect(document.lines.map(\.unitValue) == [DocumentFixtures.money(unit, currency)])
        #expect(document.lines.map(\.quantity) == [quantity])
        #expect(record.html.contains(printed))
        #expect(record.json.contains("\"minorUnits\":\(total)"))
        let invoice = try PurchaseOrderDocuments.jsonDecoder().decode(
            InvoiceDocument.self, from: Data(try DocumentFixtures.first(.invoice, in: records).json.utf8))
        #expect(invoice.total == document.declaredValue)
    }
}
