import Contracts
import SupplierDispatch
import Testing

/// R6: documents are branded with the merchant's name and return address, never the supplier's.
@Suite("Document branding")
struct DocumentBrandingTests {
    @Test("R6: every document in every language shows the merchant's brand and return address")
    func merchantBrandAndReturnAddress() throws {
        let records = try DocumentFixtures.documents()
        #expect(records.count == 7)
        for record in records {
            #expect(record.html.contains("<p class=\"brand\">Lumen Threads</p>"), "\(record.kind)/\(record.language)")
            #expect(record.html.contains("Rua Augusta 100"), "\(record.kind)/\(record.language)")
            #expect(record.html.contains("1100-053 Lisboa"), "\(record.kind)/\(record.language)")
            #expect(record.json.contains("\"Lumen Threads\""), "\(record.kind)/\(record.language)")
            #expect(record.json.contains("Rua Augusta 100"), "\(record.kind)/\(record.language)")
        }
    }

    @Test("R6: the return address is labelled as such on the packing list, in each language")
    func returnAddressLabel() throws {
        let records = try DocumentFixtures.documents().filter { $0.kind == DocumentKind.packingList.rawValue }
        #expect(records.map(\.language) == ["pt", "fr"])
        #expect(records[0].html.contains("Endereço de devolução"))
        #expect(records[1].html.contains("Adresse de retour"))
    }

    @Test("R6: the supplier named in the catalogue reaches no document, by name or id")
    func supplierNeverAppears() throws {
        let records = try DocumentFixtures.documents(DocumentFixtures.catalogInput())
        #expect(records.count == 7)
        for record in records {
            for text in [record.html, record.json] {
                #expect(!text.contains(DocumentFixtures.supplierName))
                #expect(!text.contains("Shenzhen"))
                #expect(!text.contains(DocumentFixtures.supplierID.rawValue))
                #expect(!text.lowercased().contains("supplier"))
            }
        }
    }

    @Test("R6: the input has no field through which a supplier could reach the documents")
    func inputHasNoSupplierField() {
        let labels = Mirror(reflecting: DocumentFixtures.input()).children.compactMap(\.label)
        #expect(labels.contains("brand"))
        #expect(labels.contains("returnAddress"))
        #expect(!labels.contains { $0.lowercased().contains("supplier") })
    }

    @Test("R6: the packing list carries the packaging instructions and no prices")
    func packingListHasInstructionsAndNoPrices() throws {
        let record = try DocumentFixtures.first(.packingList, in: DocumentFixtures.documents())
        #expect(record.html.contains("Instruções de embalagem"))
        #expect(record.html.contains("Fold in tissue paper.<br>Add the thank-you card; no flyers."))
        for text in [record.html, record.json] {
            #expect(!text.contains("19.99"))
            #expect(!text.contains("EUR"))
            #expect(!text.contains("minorUnits"))
        }
    }

    @Test("R6: the invoice goes from the merchant's brand to the customer with unit price and total")
    func invoiceFromMerchantToCustomer() throws {
        let record = try DocumentFixtures.first(.invoice, in: DocumentFixtures.documents())
        #expect(record.html.contains("<h1>Fatura</h1>"))
        #expect(record.html.contains("Vendedor"))
        #expect(record.html.contains("Camille Durand"))
        #expect(record.html.contains("19.99 EUR"))
        #expect(record.html.contains("39.98 EUR"))
    }

    @Test("R6: an empty brand is refused rather than printing unbranded documents")
    func emptyBrandRefused() {
        #expect(throws: DocumentError.missingBrand) {
            try PurchaseOrderDocuments.make(DocumentFixtures.input(brand: "  "))
        }
        #expect(DocumentError.missingBrand.field == "brand")
    }
}
