import Contracts
import Foundation
import GRDB
import ServiceKit

/// `inventory.load`: merchants, suppliers and listings upserted in the caller's transaction.
extension ListingDesk {
    /// Creates or updates each record of a load that `CatalogValidation` passed, and publishes
    /// `catalog.*_upserted` for each one that is new or changed. A listing's variation `stock` sets its
    /// availability as `Listing.applyTerms` explains (reservations keep their units).
    func load(_ catalog: CatalogLoad, in db: Database) throws -> CatalogLoadResult {
        let now = try clock.now(in: db)
        var result = CatalogLoadResult()
        for merchant in catalog.merchants {
            let stored = try CatalogRecords.merchant(merchant.id, in: db)
            guard result.merchants.count(stored: stored, new: merchant) else { continue }
            try CatalogRecords.save(merchant, in: db)
            try append(
                MerchantUpserted(merchant: merchant, at: now), correlation: merchant.id.rawValue, at: now, in: db)
        }
        for supplier in catalog.suppliers {
            let stored = try CatalogRecords.supplier(supplier.id, in: db)
            guard result.suppliers.count(stored: stored, new: supplier) else { continue }
            try CatalogRecords.save(supplier, in: db)
            try append(
                SupplierUpserted(supplier: supplier, at: now), correlation: supplier.id.rawValue, at: now, in: db)
        }
        for record in catalog.listings {
            try upsert(record, at: now, counts: &result.listings, in: db)
        }
        return result
    }

    /// Creates the listing, or applies new terms to it; publishes its merged record when that changed.
    private func upsert(_ record: ListingRecord, at now: Date, counts: inout UpsertCounts, in db: Database) throws {
        let correlation = record.id.rawValue
        guard let stored = try CatalogRecords.listingRecord(record.id, in: db),
            var listing = try StockRecords.listing(record.id, in: db)
        else {
            let listing = try Listing(record: record)
            try CatalogRecords.save(listing, record: record, in: db)
            counts.created += 1
            try append(ListingUpserted(listing: record, at: now), correlation: correlation, at: now, in: db)
            return
        }
        let crossings = try listing.applyTerms(record, at: now)
        let merged = stored.merging(record)
        try CatalogRecords.save(listing, record: merged, in: db)
        if merged == stored {
            counts.unchanged += 1
        } else {
            counts.updated += 1
            try append(ListingUpserted(listing: merged, at: now), correlation: correlation, at: now, in: db)
        }
        try follow(crossings, correlation: correlation, at: now, in: db)
    }
}
