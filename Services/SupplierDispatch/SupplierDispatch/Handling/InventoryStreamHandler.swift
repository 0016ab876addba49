import Contracts
import GRDB
import ServiceKit
import Streams

/// Applies the `inventory` stream to the partition's catalogue projection (R6, R16): merchants (brand, return
/// address, language), listings (ranked supplier offers, HS code, origin, packaging instructions) and each
/// supplier's last reported stock. A listing's arrival starts the dispatch of the released orders parked for it; a
/// listing beyond the bounds dispatch computes with is dead-lettered with its faults (`ListingRecord.boundFaults`).
/// Other types are skipped.
public struct InventoryStreamHandler: StreamHandler {
    let desk: JobDesk
    let clock: DomainClock

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case MerchantUpserted.eventType:
            try CatalogueRecords.upsert(event.decode(MerchantUpserted.self).data.merchant, in: db)
        case ListingUpserted.eventType:
            let envelope = try event.decode(ListingUpserted.self)
            let listing = envelope.data.listing
            let faults = listing.boundFaults
            guard faults.isEmpty else { throw DispatchHandlingError.listingOutOfBounds(listing.id, faults) }
            try CatalogueRecords.upsert(listing, in: db)
            let now = DomainTime.rounded(try clock.now(in: db))
            for order in try ParkedReleaseRecords.unpark(listing: listing.id, in: db) {
                try desk.start(order, listing: listing, causation: envelope.id, at: now, in: db)
            }
        case SupplierStockUpdated.eventType:
            try CatalogueRecords.setSupplierStock(event.decode(SupplierStockUpdated.self).data, in: db)
        default:
            return
        }
    }
}
