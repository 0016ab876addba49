import Foundation

// The catalogue facts Inventory publishes when an operator loads merchants, suppliers and listings, so that
// other services keep their own projections (Orders checks listing terms and mails merchants from them).

/// A merchant was created or changed.
public struct MerchantUpserted: EventPayload, Equatable {
    public static let eventType = "catalog.merchant_upserted"
    public var merchant: MerchantRecord
    public var at: Date

    public init(merchant: MerchantRecord, at: Date) {
        self.merchant = merchant
        self.at = at
    }
}

/// A supplier was created or changed.
public struct SupplierUpserted: EventPayload, Equatable {
    public static let eventType = "catalog.supplier_upserted"
    public var supplier: SupplierRecord
    public var at: Date

    public init(supplier: SupplierRecord, at: Date) {
        self.supplier = supplier
        self.at = at
    }
}

/// A listing's terms were created or changed (prices, variations, limit, active flag).
public struct ListingUpserted: EventPayload, Equatable {
    public static let eventType = "catalog.listing_upserted"
    public var listing: ListingRecord
    public var at: Date

    public init(listing: ListingRecord, at: Date) {
        self.listing = listing
        self.at = at
    }
}
