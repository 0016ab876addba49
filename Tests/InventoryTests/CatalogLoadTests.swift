import Contracts
import Foundation
import Inventory
import TestSupport
import Testing

/// `inventory.load`: merchants, suppliers and listings upserted in one transaction, published when they change,
/// refused whole with field paths.
struct CatalogLoadTests {
    @Test func aLoadCreatesThenFindsUnchangedThenUpdates() async throws {
        let inventory = try InventoryHarness()

        // When the catalogue is loaded, then everything is created and published
        let created = try await inventory.load()
        #expect(
            created
                == CatalogLoadResult(
                    merchants: .init(created: 1), suppliers: .init(created: 1), listings: .init(created: 1)))
        #expect(
            try inventory.publishedTypes() == [
                "catalog.merchant_upserted", "catalog.supplier_upserted", "catalog.listing_upserted",
            ])
        #expect(try await inventory.units("TEE-M") == [10, 0, 0])
        #expect(try await inventory.units("TEE-L") == [3, 0, 0])

        // When the same catalogue is loaded again, then nothing changes and nothing is published
        let again = try await inventory.load()
        #expect(
            again
                == CatalogLoadResult(
                    merchants: .init(unchanged: 1), suppliers: .init(unchanged: 1), listings: .init(unchanged: 1)))
        #expect(try inventory.publishedTypes().count == 3)

        // When the listing gets a new title, price, limit and a new variation (TEE-L left out)
        let newPrice = Money(minorUnits: 2499, currency: CurrencyCode("EUR")!)
        var changed = ListingRecord(
            id: "lst_1", merchantID: "mer_1", title: "Heavy tee", isActive: true, perOrderLimit: 4,
            variations: [
                VariationRecord(sku: "TEE-M", price: newPrice, stock: 10),
                VariationRecord(sku: "TEE-S", price: newPrice, stock: 7),
            ], hsCode: "610910", originCountry: "CN")
        let updated = try await inventory.load(CatalogLoad(listings: [changed]))
        #expect(updated.listings == UpsertCounts(updated: 1))

        // Then the terms change, TEE-S is added, TEE-L is kept, and the merged record is published
        let view = try await inventory.listing()
        #expect(view.title == "Heavy tee" && view.perOrderLimit == 4)
        #expect(view.variations.map(\.sku) == ["TEE-M", "TEE-L", "TEE-S"])
        #expect(view.variations.map(\.price.minorUnits) == [2499, 1999, 2499])
        let published = try #require(try inventory.published(ListingUpserted.self).last)
        #expect(published.listing.title == "Heavy tee")
        #expect(published.listing.variations.map(\.sku) == ["TEE-M", "TEE-L", "TEE-S"])

        // And a deactivation is an update too
        changed.isActive = false
        #expect(try await inventory.load(CatalogLoad(listings: [changed])).listings == UpsertCounts(updated: 1))
        #expect(try await inventory.listing().isActive == false)
    }

    @Test func stockSetsAvailabilityAndLeavesReservationsAlone() async throws {
        // Given 10 TEE-M of which an order reserved 4
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 4)
        #expect(try await inventory.units() == [6, 4, 0])

        // When the catalogue is loaded again with the same stock, then nothing moves (stock − reserved)
        try await inventory.load()
        #expect(try await inventory.units() == [6, 4, 0])

        // When it says 20, then 16 are available and the order keeps its 4
        try await inventory.load(InventoryFixture.catalog([InventoryFixture.listingRecord(stock: ["TEE-M": 20])]))
        #expect(try await inventory.units() == [16, 4, 0])

        // When it says 3, fewer than reserved, then TEE-M is Sold Out and the order still keeps its 4
        try await inventory.load(InventoryFixture.catalog([InventoryFixture.listingRecord(stock: ["TEE-M": 3])]))
        #expect(try await inventory.units() == [0, 4, 0])
        #expect(try inventory.published(ListingSoldOut.self).map(\.sku) == ["TEE-M"])

        // And the reservation is still there to confirm
        try inventory.deliver(InventoryFixture.placed("ord_1", quantity: 4), correlation: "ord_1")
        #expect(try inventory.published(StockConfirmed.self).map(\.orderID) == ["ord_1"])
    }

    @Test func aFaultyLoadIsRefusedWholeWithFieldPaths() async throws {
        let inventory = try InventoryHarness()
        // Given a load with a good listing, then one with a negative stock, then one of an unknown merchant
        var negative = InventoryFixture.listingRecord()
        negative.id = "lst_2"
        negative.variations[0].stock = -1
        var stranger = InventoryFixture.listingRecord()
        stranger.id = "lst_3"
        stranger.merchantID = "mer_unknown"
        var badSupplier = InventoryFixture.supplier
        badSupplier.email = "not an address"
        let load = CatalogLoad(
            merchants: [InventoryFixture.merchant], suppliers: [badSupplier],
            listings: [InventoryFixture.listingRecord(), negative, stranger])

        // When it is loaded, then it is refused naming every faulty field
        let failure = try await inventory.refusal("inventory.load", load)
        #expect(failure.code == "invalid_request")
        #expect(failure.field == "suppliers[0].email")
        #expect(
            failure.errors?.map(\.field) == [
                "suppliers[0].email", "listings[1].variations[0].stock", "listings[2].merchantID",
            ])

        // And nothing was stored or published, not even the good records
        #expect(try inventory.publishedTypes().isEmpty)
        #expect(
            try await inventory.call("inventory.listings", ListingsRequest(), as: ListingSummaries.self).listings
                .isEmpty)
    }

    /// One fault of a listing record and the field that names it.
    enum ListingFault: CaseIterable {
        case limitBelowOne, duplicateSKU, unknownSupplier, zeroReferenceLevel, blankTitle, noVariations
        case fiveSuppliers, supplierTwice, negativeCost, mixedCostCurrencies, shortHSCode, unknownHSCode, unknownOrigin

        var field: String {
            switch self {
            case .limitBelowOne: "listings[0].perOrderLimit"
            case .duplicateSKU: "listings[0].variations[1].sku"
            case .unknownSupplier: "listings[0].variations[0].suppliers[0].supplierID"
            case .zeroReferenceLevel: "listings[0].variations[0].suppliers[0].referenceLevel"
            case .blankTitle: "listings[0].title"
            case .noVariations: "listings[0].variations"
            case .fiveSuppliers: "listings[0].variations[0].suppliers"
            case .supplierTwice: "listings[0].variations[0].suppliers[1].supplierID"
            case .negativeCost: "listings[0].variations[0].suppliers[0].shippingCost"
            case .mixedCostCurrencies: "listings[0].variations[0].suppliers[0].processingFee"
            case .shortHSCode, .unknownHSCode: "listings[0].hsCode"
            case .unknownOrigin: "listings[0].originCountry"
            }
        }

        func spoil(_ record: inout ListingRecord) {
            switch self {
            case .limitBelowOne: record.perOrderLimit = 0
            case .duplicateSKU: record.variations[1].sku = record.variations[0].sku
            case .unknownSupplier: record.variations[0].suppliers[0].supplierID = "sup_x"
            case .zeroReferenceLevel: record.variations[0].suppliers[0].referenceLevel = 0
            case .blankTitle: record.title = " "
            case .noVariations: record.variations = []
            case .fiveSuppliers:
                record.variations[0].suppliers = Array(repeating: record.variations[0].suppliers[0], count: 5)
            case .supplierTwice: record.variations[0].suppliers.append(record.variations[0].suppliers[0])
            case .negativeCost: record.variations[0].suppliers[0].shippingCost.minorUnits = -1
            case .mixedCostCurrencies: record.variations[0].suppliers[0].processingFee.currency = CurrencyCode("JPY")!
            case .shortHSCode: record.hsCode = "61091"
            case .unknownHSCode: record.hsCode = "999999"
            case .unknownOrigin: record.originCountry = "XX"
            }
        }
    }

    @Test(arguments: ListingFault.allCases)
    func eachListingFaultNamesItsField(fault: ListingFault) async throws {
        let inventory = try InventoryHarness()
        var record = InventoryFixture.listingRecord()
        fault.spoil(&record)
        let failure = try await inventory.refusal("inventory.load", InventoryFixture.catalog([record]))
        #expect(failure.code == "invalid_request" && failure.field == fault.field, "\(failure)")
    }

    @Test func aListingCannotMoveToAnotherMerchant() async throws {
        // Given lst_1 of mer_1, and a second merchant
        let inventory = try InventoryHarness()
        try await inventory.load()
        var other = InventoryFixture.merchant
        other.id = "mer_2"
        var moved = InventoryFixture.listingRecord()
        moved.merchantID = "mer_2"

        // When a load gives lst_1 to mer_2, then it is refused
        let failure = try await inventory.refusal("inventory.load", CatalogLoad(merchants: [other], listings: [moved]))
        #expect(failure.field == "listings[0].merchantID")
        #expect(try await inventory.listing().merchantID == "mer_1")
    }

    @Test func listingsAnswersSummariesAndUnknownIdsAreNotFound() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 2)

        let all = try await inventory.call("inventory.listings", ListingsRequest(), as: ListingSummaries.self)
        #expect(
            all.listings == [
                ListingSummary(
                    id: "lst_1", merchantID: "mer_1", title: "Plain tee", isActive: true, variations: 2, available: 11,
                    isSoldOut: false)
            ])
        let mine = try await inventory.call(
            "inventory.listings", ListingsRequest(merchantID: "mer_1"), as: ListingSummaries.self)
        #expect(mine == all)

        let view = try await inventory.listing()
        #expect(view.variations.first?.suppliers.map(\.supplierID) == ["sup_a"])
        #expect(view.variations.first?.suppliers.first?.referenceLevel == 100)

        let unknown = try await inventory.refusal("inventory.listing", ListingRequest(listingID: "lst_nope"))
        #expect(unknown.code == "not_found" && unknown.field == "listingID")
        let stranger = try await inventory.refusal("inventory.listings", ListingsRequest(merchantID: "mer_nope"))
        #expect(stranger.code == "not_found" && stranger.field == "merchantID")
    }
}
