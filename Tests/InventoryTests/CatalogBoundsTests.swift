import Contracts
import Foundation
import Inventory
import TestSupport
import Testing

/// `inventory.load` holds the catalogue to the rules every door shares: the one text policy, ids in their form,
/// amounts and counts within bounds, real countries and languages, an HS code for every listing. Each fault is
/// refused on its field and nothing is stored.
struct CatalogBoundsTests {
    /// The load refused, its fields, and proof that nothing was stored or published.
    static func expectRefused(
        _ load: CatalogLoad, fields: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let inventory = try InventoryHarness()
        let failure = try await inventory.refusal("inventory.load", load)
        #expect(failure.code == "invalid_request", sourceLocation: sourceLocation)
        #expect(failure.errors?.map(\.field) == fields, "\(failure)", sourceLocation: sourceLocation)
        #expect(try inventory.publishedTypes().isEmpty, sourceLocation: sourceLocation)
        for table in ["merchant", "supplier", "listing"] {
            #expect(try inventory.count(table) == 0, "\(table)", sourceLocation: sourceLocation)
        }
    }

    @Test("Finding 9: merchant names with NUL, ESC, RLO or <script> are refused on the name, nothing stored")
    func finding9_merchantNames() async throws {
        let names = ["Acme\u{0}Tees", "Acme\u{1B}[2JTees", "\u{202E}seeT emcA", "<script>alert(1)</script>"]
        let merchants = names.enumerated().map { index, name in
            var merchant = InventoryFixture.merchant
            merchant.id = MerchantID(rawValue: "mer_\(index)")
            merchant.name = name
            return merchant
        }
        try await Self.expectRefused(
            CatalogLoad(merchants: merchants), fields: (0..<4).map { "merchants[\($0)].name" })
    }

    @Test("Finding 9: a return address in ZZ, a language <xx> and ids with spaces or markup are refused")
    func finding9_countryLanguageAndIDs() async throws {
        var merchant = InventoryFixture.merchant
        merchant.returnAddress.country = "ZZ"
        merchant.language = "<xx>"
        var spaced = InventoryFixture.supplier
        spaced.id = "sup a"
        var markup = InventoryFixture.supplier
        markup.id = "<b>sup</b>"
        try await Self.expectRefused(
            CatalogLoad(merchants: [merchant], suppliers: [spaced, markup]),
            fields: [
                "merchants[0].returnAddress.country", "merchants[0].language", "suppliers[0].id", "suppliers[1].id",
            ])
    }

    @Test("Finding 9: a listing with no HS code or no origin is refused, not dead-lettered later at dispatch")
    func finding9_listingNeedsHSCode() async throws {
        var listing = InventoryFixture.listingRecord()
        listing.hsCode = nil
        listing.originCountry = nil
        try await Self.expectRefused(
            InventoryFixture.catalog([listing]), fields: ["listings[0].hsCode", "listings[0].originCountry"])
    }

    @Test("Finding 10: a title hiding < behind a combining mark is refused as markup")
    func finding10_titleMarkup() async throws {
        let listing = InventoryFixture.listingRecord(title: "Ana <\u{338}b")
        let inventory = try InventoryHarness()
        let failure = try await inventory.refusal("inventory.load", InventoryFixture.catalog([listing]))
        #expect(failure.errors == [FieldError(field: "listings[0].title", reason: "contains markup")])
    }

    @Test("Finding 3: a supplier offer whose product and shipping costs are 2^62 is refused on each cost")
    func finding3_costsAboveBound() async throws {
        var listing = InventoryFixture.listingRecord(stock: ["TEE-M": 10])
        listing.variations[0].suppliers[0].productCost.minorUnits = 1 << 62
        listing.variations[0].suppliers[0].shippingCost.minorUnits = 1 << 62
        let inventory = try InventoryHarness()
        let failure = try await inventory.refusal("inventory.load", InventoryFixture.catalog([listing]))
        let path = "listings[0].variations[0].suppliers[0]"
        let reason = "must be at most 1000000000.00 EUR (1000000000 whole units)"
        #expect(
            failure.errors == [
                FieldError(field: "\(path).productCost", reason: reason),
                FieldError(field: "\(path).shippingCost", reason: reason),
            ])
        #expect(try inventory.count("listing") == 0)
    }

    /// One bound of a listing record broken, and the field that names it.
    enum Bound: CaseIterable {
        case priceAbove, limitAbove, stockAbove, titleTooLong, titleTwoLines, skuWithSpace, instructionsWithEscape
        case merchantIDMarkup

        var field: String {
            switch self {
            case .priceAbove: "listings[0].variations[0].price"
            case .limitAbove: "listings[0].perOrderLimit"
            case .stockAbove: "listings[0].variations[0].stock"
            case .titleTooLong, .titleTwoLines: "listings[0].title"
            case .skuWithSpace: "listings[0].variations[0].sku"
            case .instructionsWithEscape: "listings[0].packagingInstructions"
            case .merchantIDMarkup: "listings[0].merchantID"
            }
        }

        func spoil(_ record: inout ListingRecord) {
            switch self {
            case .priceAbove: record.variations[0].price.minorUnits = 100_000_000_001
            case .limitAbove: record.perOrderLimit = 1_001
            case .stockAbove: record.variations[0].stock = 1_000_000_001
            case .titleTooLong: record.title = String(repeating: "t", count: 900_000)
            case .titleTwoLines: record.title = "Plain\ntee"
            case .skuWithSpace: record.variations[0].sku = "TEE M"
            case .instructionsWithEscape: record.packagingInstructions = "Fold\u{1B}[31m"
            case .merchantIDMarkup: record.merchantID = "<mer>"
            }
        }
    }

    @Test(arguments: Bound.allCases)
    func eachBoundNamesItsField(bound: Bound) async throws {
        var record = InventoryFixture.listingRecord(stock: ["TEE-M": 10])
        bound.spoil(&record)
        try await Self.expectRefused(
            CatalogLoad(
                merchants: [InventoryFixture.merchant], suppliers: [InventoryFixture.supplier], listings: [record]),
            fields: [bound.field])
    }

    @Test("values at the bounds are accepted: 10^9 whole units, 1000 per order, 200-character title, line feeds")
    func valuesAtTheBoundsAreAccepted() async throws {
        var record = InventoryFixture.listingRecord(stock: ["TEE-M": 1_000_000_000])
        record.title = String(repeating: "t", count: 200)
        record.perOrderLimit = 1_000
        record.variations[0].price.minorUnits = 100_000_000_000
        record.variations[0].suppliers[0].productCost.minorUnits = 100_000_000_000
        record.packagingInstructions = "Fold in tissue.\nNo invoice in the parcel."
        var merchant = InventoryFixture.merchant
        merchant.language = "pt-BR"
        let inventory = try InventoryHarness()
        let result = try await inventory.load(
            CatalogLoad(merchants: [merchant], suppliers: [InventoryFixture.supplier], listings: [record]))
        #expect(result.listings == UpsertCounts(created: 1))
    }

    @Test("the example catalogue, Deploy/examples/catalog.json, passes every rule of the catalogue's door")
    func exampleCatalogueIsAccepted() async throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Deploy/examples/catalog.json")
        let catalog = try JSONDecoder().decode(CatalogLoad.self, from: try Data(contentsOf: file))
        let inventory = try InventoryHarness()
        let result = try await inventory.load(catalog)
        #expect(
            result.listings.created == catalog.listings.count && result.merchants.created == catalog.merchants.count)
    }
}
