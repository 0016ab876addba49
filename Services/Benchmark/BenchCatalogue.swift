import Contracts

/// What the domain benchmarks sell: one merchant and one listing, `lst_bench` SKU `B-1` at 10.00 USD, and the
/// placement requests that buy it one unit at a time.
enum BenchCatalogue {
    static let merchantID: MerchantID = "mer_bench"
    static let listingID: ListingID = "lst_bench"
    static let sku = "B-1"

    /// The catalogue with `stock` units, its listing with the HS code and origin that every listing needs for its
    /// purchase orders' customs documents (R9). With `suppliers`, the variation names three suppliers (the
    /// merchant's first choice and two dearer backups) (R6).
    static func load(stock: Int, suppliers: Bool = false) -> CatalogLoad {
        let address = Address(
            name: "Bench", line1: "1 Main St", city: "Austin", region: "TX", postalCode: "73301", country: "US")
        let usd = CurrencyCode("USD")!
        let supplierIDs: [SupplierID] = suppliers ? ["sup_bench_a", "sup_bench_b", "sup_bench_c"] : []
        let offers = supplierIDs.enumerated().map { rank, id in
            SupplierOfferRecord(
                supplierID: id, productCost: Money(minorUnits: 400 + 20 * Int64(rank), currency: usd),
                shippingCost: Money(minorUnits: 300, currency: usd), processingFee: Money(minorUnits: 50, currency: usd)
            )
        }
        return CatalogLoad(
            merchants: [
                MerchantRecord(id: merchantID, name: "Bench Goods", email: "bench@example.com", returnAddress: address)
            ],
            suppliers: supplierIDs.map { SupplierRecord(id: $0, name: "Supplier \($0)", email: "\($0)@example.com") },
            listings: [
                ListingRecord(
                    id: listingID, merchantID: merchantID, title: "Bench item",
                    variations: [
                        VariationRecord(
                            sku: sku, price: Money(minorUnits: 1000, currency: usd), stock: stock, suppliers: offers)
                    ],
                    hsCode: "610910", originCountry: "CN")
            ])
    }

    /// The `orders.place` request of customer `index`: one unit to the customer's own street address, paid with
    /// the customer's own approving test card (`tok_visa.c<index>`), idempotent on `bench-<index>`. Each customer
    /// has their own card and address, as a marketplace's customers do, so fraud review's risk profiles stay
    /// the size real traffic gives them.
    static func placement(index: Int, sku: String = sku) -> PlacementRequest {
        PlacementRequest(
            listingID: listingID, sku: sku, quantity: 1,
            unitPrice: PlacementRequest.Price(minorUnits: 1000, currency: "USD"),
            customer: PlacementRequest.Customer(name: "Customer \(index)", email: "c\(index)@example.com"),
            shippingAddress: Address(
                name: "Customer \(index)", line1: "\(index) Main St", city: "Austin", region: "TX", postalCode: "73301",
                country: "US"),
            paymentToken: "tok_visa.c\(index)", idempotencyKey: "bench-\(index)")
    }
}
