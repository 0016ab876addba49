import Contracts
import Foundation
import Inventory
import ServiceKit
import TestSupport
import Testing

/// R6: a SKU names a primary supplier and up to 3 backups, 4 ranked suppliers in all (the catalogue took 3 before).
struct SupplierLimitTests {
    static let suppliers: [SupplierRecord] = (1...5).map {
        SupplierRecord(id: SupplierID(rawValue: "sup_\($0)"), name: "Supplier \($0)", email: "stock\($0)@sup.example")
    }

    /// `lst_1` with TEE-M offered by the first `count` suppliers, in that order.
    static func catalogue(offeredBy count: Int) -> CatalogLoad {
        var record = InventoryFixture.listingRecord(stock: ["TEE-M": 10])
        let offer = record.variations[0].suppliers[0]
        record.variations[0].suppliers = suppliers.prefix(count).map { supplier in
            var ranked = offer
            ranked.supplierID = supplier.id
            return ranked
        }
        return CatalogLoad(merchants: [InventoryFixture.merchant], suppliers: suppliers, listings: [record])
    }

    @Test("R6: a SKU with a primary supplier and 3 backups is accepted, the 4 kept in the merchant's order")
    func fourRankedSuppliersAreAccepted() async throws {
        let inventory = try InventoryHarness()
        _ = try await inventory.load(Self.catalogue(offeredBy: 4))
        let listing = try await inventory.listing()
        #expect(
            listing.variations.first?.suppliers.map(\.supplierID) == ["sup_1", "sup_2", "sup_3", "sup_4"])
        #expect(VariationRecord.maxSuppliers == 4)
    }

    @Test("R6: a fifth supplier is refused on the variation's suppliers field, and nothing is loaded")
    func fiveSuppliersAreRefusedOnTheirField() async throws {
        let inventory = try InventoryHarness()
        let failure = try await inventory.refusal("inventory.load", Self.catalogue(offeredBy: 5))
        #expect(failure.code == "invalid_request")
        #expect(failure.field == "listings[0].variations[0].suppliers")
        #expect(failure.message.contains("names 5 suppliers; at most 4 (a first choice and up to 3 backups)"))
        #expect(try inventory.count("listing") == 0)
    }
}
