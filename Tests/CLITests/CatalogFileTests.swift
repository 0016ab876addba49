import ArgumentParser
import CLI
import Contracts
import Foundation
import Testing

@Suite struct CatalogFileTests {
    static let euro = CurrencyCode("EUR")!

    @Test(arguments: [
        ("14.50", "USD", Int64(1450)), ("14.5", "USD", 1450), ("1500", "JPY", 1500), ("1.250", "BHD", 1250),
        ("0", "EUR", 0),
    ])
    func amountsBecomeMinorUnits(_ text: String, currency: String, expected: Int64) {
        #expect(AmountText.minorUnits(text, currency: CurrencyCode(currency)!) == expected)
    }

    @Test(arguments: [
        ("14.505", "USD"), ("1.5", "JPY"), ("-1", "EUR"), ("1,50", "EUR"), ("", "EUR"), ("1.", "EUR"), (".5", "EUR"),
        ("x", "EUR"),
    ])
    func malformedAmountsAreRefused(_ text: String, currency: String) {
        #expect(AmountText.minorUnits(text, currency: CurrencyCode(currency)!) == nil)
    }

    @Test func csvRowsBecomeListingsWithVariations() throws {
        let csv = """
            listing_id,merchant_id,title,sku,price,currency,stock,per_order_limit,active,supplier_id,product_cost,reference_level
            lst_mug,mer_north,"Stoneware mug, 350 ml",MUG-WHITE,14.50,USD,120,6,true,sup_yw,3.20,150
            lst_mug,mer_north,"Stoneware mug, 350 ml",MUG-BLACK,14.50,USD,80,6,true,sup_yw,3.20,100
            lst_cap,mer_azul,Boné bordado,CAP-ONE,59.90,BRL,25,,,,,
            """
        let catalog = try CatalogFile.decodeCSV(csv, path: "listings.csv")
        #expect(catalog.listings.map(\.id) == ["lst_mug", "lst_cap"])
        #expect(catalog.listings[0].title == "Stoneware mug, 350 ml")
        #expect(catalog.listings[0].variations.map(\.sku) == ["MUG-WHITE", "MUG-BLACK"])
        #expect(catalog.listings[0].variations[0].price == Money(minorUnits: 1450, currency: CurrencyCode("USD")!))
        #expect(catalog.listings[0].perOrderLimit == 6)
        #expect(catalog.listings[1].title == "Boné bordado" && catalog.listings[1].perOrderLimit == 10)
        #expect(catalog.listings[1].variations[0].suppliers.isEmpty && catalog.listings[1].isActive)
    }

    @Test(arguments: [
        ("lst,m,T,S,1x,USD,1", "listings.csv line 2: price \"1x\" is not a positive amount in USD (2 decimals)"),
        ("lst,m,T,S,1.00,XYZ,1", "listings.csv line 2: currency \"XYZ\" is not an ISO 4217 currency"),
        ("lst,m,T,S,1.00,USD,-3", "listings.csv line 2: stock must be a whole number ≥ 0, got \"-3\""),
        ("lst,m,T,,1.00,USD,3", "listings.csv line 2: sku is required"),
    ])
    func badRowsNameTheLineAndColumn(_ row: String, expected: String) {
        let csv = "listing_id,merchant_id,title,sku,price,currency,stock\n" + row
        #expect(throws: ValidationError.self) { try CatalogFile.decodeCSV(csv, path: "listings.csv") }
        do {
            _ = try CatalogFile.decodeCSV(csv, path: "listings.csv")
        } catch {
            #expect("\(error)" == expected)
        }
    }

    @Test("R6: a CSV row names up to 4 ranked suppliers, the backups in columns suffixed _2 to _4")
    func csvRowsNameFourSuppliers() throws {
        let csv = """
            listing_id,merchant_id,title,sku,price,currency,stock,supplier_id,product_cost,supplier_id_2,\
            product_cost_2,supplier_id_3,product_cost_3,supplier_id_4,product_cost_4
            lst_mug,mer_north,Mug,MUG-WHITE,14.50,USD,120,sup_a,3.20,sup_b,3.30,sup_c,3.40,sup_d,3.50
            """
        let offers = try CatalogFile.decodeCSV(csv, path: "listings.csv").listings[0].variations[0].suppliers
        #expect(offers.map(\.supplierID) == ["sup_a", "sup_b", "sup_c", "sup_d"])
        #expect(offers.last?.productCost == Money(minorUnits: 350, currency: CurrencyCode("USD")!))
    }

    @Test func missingColumnIsNamed() {
        do {
            _ = try CatalogFile.decodeCSV("listing_id,title\nx,y", path: "l.csv")
            Issue.record("expected a refusal")
        } catch {
            #expect("\(error)" == "l.csv: missing column merchant_id")
        }
    }

    @Test func theExampleCatalogueFilesLoad() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Deploy/examples"
        )
        .standardized.path
        let json = try CatalogFile.read("\(examples)/catalog.json")
        #expect(json.merchants.count == 2 && json.suppliers.count == 4 && json.listings.count == 2)
        #expect(json.listings[0].variations[0].suppliers.map(\.supplierID) == ["sup_sz", "sup_gz", "sup_yw"])
        #expect(json.merchants[0].returnAddress.city == "São Paulo")
        let csv = try CatalogFile.read("\(examples)/listings.csv")
        #expect(csv.listings.count == 2)
    }
}
