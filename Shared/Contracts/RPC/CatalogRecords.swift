// The catalogue as an operator loads it (`dropline catalog load FILE`, RPC `inventory.load`) and as
// `catalog.*` events carry it.

/// A merchant: who sells, under which brand, and where returns go.
public struct MerchantRecord: Codable, Sendable, Hashable {
    public var id: MerchantID
    /// The brand shown to customers (packing lists, emails).
    public var name: String
    public var email: String
    public var returnAddress: Address
    /// BCP 47 language of the merchant's documents and emails, e.g. `en`, `pt`.
    public var language: String?

    public init(id: MerchantID, name: String, email: String, returnAddress: Address, language: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.returnAddress = returnAddress
        self.language = language
    }
}

/// A supplier that ships for merchants and reports its stock (R6, R16).
public struct SupplierRecord: Codable, Sendable, Hashable {
    public var id: SupplierID
    public var name: String
    public var email: String

    public init(id: SupplierID, name: String, email: String) {
        self.id = id
        self.name = name
        self.email = email
    }
}

/// A listing's terms: title, variations with prices and starting stock, per-order limit.
public struct ListingRecord: Codable, Sendable, Hashable {
    public var id: ListingID
    public var merchantID: MerchantID
    public var title: String
    public var isActive: Bool
    /// Most units of one variation per order (R1, default 10).
    public var perOrderLimit: Int
    public var variations: [VariationRecord]

    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool = true, perOrderLimit: Int = 10,
        variations: [VariationRecord]
    ) {
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.perOrderLimit = perOrderLimit
        self.variations = variations
    }
}

/// One variation (SKU) of a listing.
public struct VariationRecord: Codable, Sendable, Hashable {
    public var sku: String
    public var price: Money
    /// Units available when loaded; a later load does not reset reservations, it sets the available count.
    public var stock: Int
    /// The supplier that ships it and the reference stock level for low-stock alerts (R16), when known.
    public var supplierID: SupplierID?
    public var referenceLevel: Int?

    public init(sku: String, price: Money, stock: Int, supplierID: SupplierID? = nil, referenceLevel: Int? = nil) {
        self.sku = sku
        self.price = price
        self.stock = stock
        self.supplierID = supplierID
        self.referenceLevel = referenceLevel
    }
}

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
