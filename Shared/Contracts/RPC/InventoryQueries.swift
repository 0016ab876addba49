import Foundation

// The results of Inventory's catalogue and feed RPCs, and the parameters and results of its read RPCs
// (`inventory.listing`, `inventory.listings`), shared by every client (the CLI, the gateway).

/// What `inventory.load` did with each kind of record.
public struct CatalogLoadResult: Codable, Sendable, Hashable {
    public var merchants: UpsertCounts
    public var suppliers: UpsertCounts
    public var listings: UpsertCounts

    public init(merchants: UpsertCounts = .init(), suppliers: UpsertCounts = .init(), listings: UpsertCounts = .init())
    {
        self.merchants = merchants
        self.suppliers = suppliers
        self.listings = listings
    }
}

/// How many records of one kind a load created, changed, or found as they were.
public struct UpsertCounts: Codable, Sendable, Hashable {
    public var created: Int
    public var updated: Int
    public var unchanged: Int

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
    }
}

/// What `inventory.stock_feed` applied (R16).
public struct StockFeedResult: Codable, Sendable, Hashable {
    /// Items in the feed.
    public var items: Int
    /// Items that changed the supplier's last report (`supplier_stock.updated`).
    public var updated: Int
    /// Low-stock crossings the feed caused (`supplier_stock.ran_low`).
    public var lowStockAlerts: Int

    public init(items: Int, updated: Int, lowStockAlerts: Int) {
        self.items = items
        self.updated = updated
        self.lowStockAlerts = lowStockAlerts
    }
}

/// Parameters of `inventory.listing`.
public struct ListingRequest: Codable, Sendable, Hashable {
    public var listingID: ListingID

    public init(listingID: ListingID) {
        self.listingID = listingID
    }
}

/// Parameters of `inventory.listings`: every listing, or one merchant's.
public struct ListingsRequest: Codable, Sendable, Hashable {
    public var merchantID: MerchantID?

    public init(merchantID: MerchantID? = nil) {
        self.merchantID = merchantID
    }
}

/// A listing with its stock, as `inventory.listing` answers.
public struct ListingView: Codable, Sendable, Hashable {
    public var id: ListingID
    public var merchantID: MerchantID
    public var title: String
    public var isActive: Bool
    public var perOrderLimit: Int
    /// Every variation is sold out (R2).
    public var isSoldOut: Bool
    public var variations: [VariationStockView]

    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool, perOrderLimit: Int, isSoldOut: Bool,
        variations: [VariationStockView]
    ) {
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.perOrderLimit = perOrderLimit
        self.isSoldOut = isSoldOut
        self.variations = variations
    }
}

/// One variation's units: every unit is available, reserved or sold (R2); and its suppliers' last reports (R16).
public struct VariationStockView: Codable, Sendable, Hashable {
    public var sku: String
    public var price: Money
    public var available: Int
    public var reserved: Int
    public var sold: Int
    /// The catalogue's suppliers for the SKU, in the merchant's order of preference (R6).
    public var suppliers: [SupplierOfferRecord]
    /// Each supplier's last report, by supplier id.
    public var supplierStock: [SupplierStockView]

    public init(
        sku: String, price: Money, available: Int, reserved: Int, sold: Int,
        suppliers: [SupplierOfferRecord], supplierStock: [SupplierStockView]
    ) {
        self.sku = sku
        self.price = price
        self.available = available
        self.reserved = reserved
        self.sold = sold
        self.suppliers = suppliers
        self.supplierStock = supplierStock
    }
}

/// One supplier's last stock report for a SKU (R16).
public struct SupplierStockView: Codable, Sendable, Hashable {
    public var supplierID: SupplierID
    public var quantity: Int
    public var referenceLevel: Int
    /// At or below the low-stock threshold (its alert went out).
    public var isLow: Bool
    public var reportedAt: Date

    public init(supplierID: SupplierID, quantity: Int, referenceLevel: Int, isLow: Bool, reportedAt: Date) {
        self.supplierID = supplierID
        self.quantity = quantity
        self.referenceLevel = referenceLevel
        self.isLow = isLow
        self.reportedAt = reportedAt
    }
}

/// `inventory.listings`' answer: listings by id.
public struct ListingSummaries: Codable, Sendable, Hashable {
    public var listings: [ListingSummary]

    public init(listings: [ListingSummary]) {
        self.listings = listings
    }
}

/// One line of `inventory.listings`.
public struct ListingSummary: Codable, Sendable, Hashable {
    public var id: ListingID
    public var merchantID: MerchantID
    public var title: String
    public var isActive: Bool
    public var variations: Int
    /// Units available across the variations.
    public var available: Int
    public var isSoldOut: Bool

    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool, variations: Int, available: Int,
        isSoldOut: Bool
    ) {
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.variations = variations
        self.available = available
        self.isSoldOut = isSoldOut
    }
}
