import Contracts
import GRDB
import Streams

/// Applies the `inventory` stream to the catalogue records: `catalog.merchant_upserted` and
/// `catalog.listing_upserted` (what R1 checks and the notifications name). Other inventory events are ignored.
public struct InventoryStreamHandler: StreamHandler {
    public init() {}

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case MerchantUpserted.eventType:
            try CatalogRecords.upsert(event.decode(MerchantUpserted.self).data.merchant, in: db)
        case ListingUpserted.eventType:
            try CatalogRecords.upsert(CatalogListing(event.decode(ListingUpserted.self).data.listing), in: db)
        default:
            return
        }
    }
}
