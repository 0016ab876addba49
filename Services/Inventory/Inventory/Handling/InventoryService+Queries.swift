import Contracts
import GRDB
import ServiceKit

/// `inventory.listing` and `inventory.listings`: reads of the committed state.
extension InventoryService {
    /// The listing with each variation's units and supplier stock.
    func listing(_ request: ListingRequest) async throws -> ListingView {
        try await writer.read { db in
            guard let listing = try Listing.fetch(request.listingID, in: db),
                let record = try InventoryStore.listingRecord(request.listingID, in: db)
            else {
                throw RPCFailure(code: "not_found", message: "No listing \(request.listingID).", field: "listingID")
            }
            return ListingView(listing, record: record)
        }
    }

    /// Every listing, or one merchant's, by id.
    func listings(_ request: ListingsRequest) async throws -> ListingSummaries {
        try await writer.read { db in
            if let merchant = request.merchantID, try InventoryStore.merchant(merchant, in: db) == nil {
                throw RPCFailure(code: "not_found", message: "No merchant \(merchant).", field: "merchantID")
            }
            let summaries = try InventoryStore.listingIDs(merchant: request.merchantID, in: db).compactMap { id in
                try Listing.fetch(id, in: db).map(ListingSummary.init)
            }
            return ListingSummaries(listings: summaries)
        }
    }
}

extension ListingView {
    /// The view of `listing`; the catalogue's suppliers of each SKU come from `record`.
    init(_ listing: Listing, record: ListingRecord) {
        self.init(
            id: listing.id, merchantID: listing.merchantID, title: listing.title, isActive: listing.isActive,
            perOrderLimit: listing.perOrderLimit, isSoldOut: listing.isSoldOut,
            variations: listing.variations.map { variation in
                let terms = record.variations.first { $0.sku == variation.sku }
                return VariationStockView(
                    sku: variation.sku, price: variation.price, available: variation.available,
                    reserved: variation.reserved, sold: variation.sold, suppliers: terms?.suppliers ?? [],
                    supplierStock: variation.supplierStock.sorted { $0.key.rawValue < $1.key.rawValue }.map {
                        SupplierStockView(
                            supplierID: $0.key, quantity: $0.value.quantity, referenceLevel: $0.value.referenceLevel,
                            isLow: $0.value.isLow, reportedAt: $0.value.reportedAt)
                    })
            })
    }
}

extension ListingSummary {
    init(_ listing: Listing) {
        self.init(
            id: listing.id, merchantID: listing.merchantID, title: listing.title, isActive: listing.isActive,
            variations: listing.variations.count, available: listing.variations.reduce(0) { $0 + $1.available },
            isSoldOut: listing.isSoldOut)
    }
}
