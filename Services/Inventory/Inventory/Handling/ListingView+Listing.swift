import Contracts

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
