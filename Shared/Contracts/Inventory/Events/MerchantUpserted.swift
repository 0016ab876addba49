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
