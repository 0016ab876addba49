/// The whole file `dropline catalog load` reads (JSON), and the body of `inventory.load`.
public struct CatalogLoad: Codable, Sendable, Hashable {
    public var merchants: [MerchantRecord]
    public var suppliers: [SupplierRecord]
    public var listings: [ListingRecord]

    public init(merchants: [MerchantRecord] = [], suppliers: [SupplierRecord] = [], listings: [ListingRecord] = []) {
        self.merchants = merchants
        self.suppliers = suppliers
        self.listings = listings
    }
}
