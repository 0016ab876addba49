import Contracts
import Foundation
import SupplierDispatch
import Testing

/// Each record's JSON is its kind's Codable struct with raw values: codes, minor units, currencies (R6, R9).
@Suite("Document JSON")
struct DocumentJSONTests {
    @Test("R6, R9: every record's JSON decodes back to its kind, in its language")
    func decodesBack() throws {
        let decoder = PurchaseOrderDocuments.jsonDecoder()
        for record in try DocumentFixtures.documents() {
            let data = Data(record.json.utf8)
            switch DocumentKind(rawValue: record.kind) {
            case .packingList:
                let document = try decoder.decode(PackingListDocument.self, from: data)
                #expect(document.language.rawValue == record.language)
                #expect(
                    document.merchant == DocumentParty(name: "Lumen Threads", address: DocumentFixtures.returnAddress))
                #expect(document.shipTo == DocumentParty(name: "Camille Durand", address: DocumentFixtures.shipTo))
                #expect(document.lines.map(\.sku) == ["TEE-ORG-BLK-M"])
                #expect(document.lines.map(\.quantity) == [2])
                #expect(document.packagingInstructions == "Fold in tissue paper.\nAdd the thank-you card; no flyers.")
                #expect(document.issuedAt == DocumentFixtures.issuedAt)
            case .invoice:
                let document = try decoder.decode(InvoiceDocument.self, from: data)
                #expect(document.language.rawValue == record.language)
                #expect(document.seller.name == "Lumen Threads")
                #expect(document.customer.name == "Camille Durand")
                #expect(document.total == DocumentFixtures.money(3998, "EUR"))
                #expect(document.orderID == "ord_01JD7")
            case .commercialInvoice:
                let document = try decoder.decode(CommercialInvoiceDocument.self, from: data)
                #expect(document.language.rawValue == record.language)
                #expect(document.exporter.name == "Lumen Threads")
                #expect(document.consignee.address.country == "FR")
                #expect(document.originCountry.code == "CN")
                #expect(document.destinationCountry.code == "FR")
                #expect(document.reasonForExport == .sale)
                #expect(document.lines.map(\.hsCode) == ["610910"])
                #expect(document.purchaseOrderID == "po_ord_01JD7_1")
            case nil:
                Issue.record("unknown kind \(record.kind)")
            }
        }
    }

    @Test("R9: JSON keys are sorted and amounts are minor units with an ISO currency code")
    func rawValues() throws {
        let record = try DocumentFixtures.first(.commercialInvoice, in: DocumentFixtures.documents())
        #expect(record.json.hasPrefix("{\"consignee\":"))
        #expect(record.json.contains("\"declaredValue\":{\"currency\":\"EUR\",\"minorUnits\":3998}"))
        #expect(record.json.contains("\"originCountry\":\"CN\""))
        #expect(record.json.contains("\"hsCode\":\"610910\""))
        #expect(record.json.contains("\"issuedAt\":\"2026-11-21T12:00:00Z\""))
        #expect(record.json.contains("\"reasonForExport\":\"sale\""))
    }

    @Test("R6: the same input makes the same documents, byte for byte")
    func deterministic() throws {
        #expect(try DocumentFixtures.documents() == DocumentFixtures.documents())
    }
}
