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

/// A listing's terms: title, variations with prices and starting stock, per-order limit, and what its purchase
/// orders and customs documents need (R6, R9).
public struct ListingRecord: Codable, Sendable, Hashable {
    public var id: ListingID
    public var merchantID: MerchantID
    public var title: String
    public var isActive: Bool
    /// Most units of one variation per order (R1, default 10).
    public var perOrderLimit: Int
    public var variations: [VariationRecord]
    /// The 6-digit Harmonized System code of the product, verified against the HS nomenclature (R9).
    public var hsCode: String?
    /// ISO 3166-1 alpha-2 country the goods are made in, for the commercial invoice (R9).
    public var originCountry: String?
    /// The merchant's packaging instructions, carried by every purchase order (R6).
    public var packagingInstructions: String?

    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool = true, perOrderLimit: Int = 10,
        variations: [VariationRecord], hsCode: String? = nil, originCountry: String? = nil,
        packagingInstructions: String? = nil
    ) {
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.perOrderLimit = perOrderLimit
        self.variations = variations
        self.hsCode = hsCode
        self.originCountry = originCountry
        self.packagingInstructions = packagingInstructions
    }
}

/// One variation (SKU) of a listing.
public struct VariationRecord: Codable, Sendable, Hashable {
    /// The most suppliers a variation can name: the merchant's first choice and its backups (R6).
    public static let maxSuppliers = 3

    public var sku: String
    public var price: Money
    /// Units available when loaded; a later load does not reset reservations, it sets the available count.
    public var stock: Int
    /// The suppliers that can ship it, in the merchant's order of preference (at most `maxSuppliers`); empty
    /// when the merchant has named none yet. Dispatch chooses among them (R6).
    public var suppliers: [SupplierOfferRecord]

    public init(sku: String, price: Money, stock: Int, suppliers: [SupplierOfferRecord] = []) {
        self.sku = sku
        self.price = price
        self.stock = stock
        self.suppliers = suppliers
    }

    enum CodingKeys: String, CodingKey {
        case sku, price, stock, suppliers
    }

    /// Decodes a variation; `suppliers` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sku = try container.decode(String.self, forKey: .sku)
        price = try container.decode(Money.self, forKey: .price)
        stock = try container.decode(Int.self, forKey: .stock)
        suppliers = try container.decodeIfPresent([SupplierOfferRecord].self, forKey: .suppliers) ?? []
    }
}

/// What one supplier charges to ship one unit of a variation, and the stock level it normally holds (R6, R16).
public struct SupplierOfferRecord: Codable, Sendable, Hashable {
    public var supplierID: SupplierID
    /// Per unit.
    public var productCost: Money
    /// Per purchase order.
    public var shippingCost: Money
    /// Per purchase order.
    public var processingFee: Money
    /// The stock level the supplier normally holds; its low-stock alert fires at 20% of it (R16).
    public var referenceLevel: Int?

    public init(
        supplierID: SupplierID, productCost: Money, shippingCost: Money, processingFee: Money,
        referenceLevel: Int? = nil
    ) {
        self.supplierID = supplierID
        self.productCost = productCost
        self.shippingCost = shippingCost
        self.processingFee = processingFee
        self.referenceLevel = referenceLevel
    }

    /// What a purchase order of `quantity` units costs: product × quantity + shipping + processing fee (R6).
    public func cost(quantity: Int) -> Money {
        productCost * quantity + shippingCost + processingFee
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
