import Contracts
import Foundation
import GRDB
import ServiceKit

/// `inventory.load`: merchants, suppliers and listings upserted in one transaction.
extension InventoryService {
    /// Validates the whole load (one fault refuses it, naming every faulty field), then creates or updates each
    /// record and publishes `catalog.*_upserted` for each one that is new or changed. A listing's variation
    /// `stock` sets its availability as `Listing.applyTerms` explains (reservations keep their units).
    func load(_ catalog: CatalogLoad) async throws -> CatalogLoadResult {
        try await writer.write { db in
            let errors = try CatalogValidation.check(catalog, in: db)
            guard errors.isEmpty else { throw RPCFailure.invalidFields(errors) }
            let now = try clock.now(in: db)
            var result = CatalogLoadResult()
            for merchant in catalog.merchants {
                let stored = try InventoryStore.merchant(merchant.id, in: db)
                guard result.merchants.count(stored: stored, new: merchant) else { continue }
                try InventoryStore.save(merchant, in: db)
                try append(
                    MerchantUpserted(merchant: merchant, at: now), correlation: merchant.id.rawValue, at: now, in: db)
            }
            for supplier in catalog.suppliers {
                let stored = try InventoryStore.supplier(supplier.id, in: db)
                guard result.suppliers.count(stored: stored, new: supplier) else { continue }
                try InventoryStore.save(supplier, in: db)
                try append(
                    SupplierUpserted(supplier: supplier, at: now), correlation: supplier.id.rawValue, at: now, in: db)
            }
            for record in catalog.listings {
                try upsert(record, at: now, counts: &result.listings, in: db)
            }
            return result
        }
    }

    /// Creates the listing, or applies new terms to it; publishes its merged record when that changed.
    private func upsert(_ record: ListingRecord, at now: Date, counts: inout UpsertCounts, in db: Database) throws {
        let correlation = record.id.rawValue
        guard let stored = try InventoryStore.listingRecord(record.id, in: db),
            var listing = try Listing.fetch(record.id, in: db)
        else {
            let listing = try Listing(record: record)
            try listing.save(record: record, in: db)
            counts.created += 1
            try append(ListingUpserted(listing: record, at: now), correlation: correlation, at: now, in: db)
            return
        }
        let crossings = try listing.applyTerms(record, at: now)
        let merged = stored.merging(record)
        try listing.save(record: merged, in: db)
        if merged == stored {
            counts.unchanged += 1
        } else {
            counts.updated += 1
            try append(ListingUpserted(listing: merged, at: now), correlation: correlation, at: now, in: db)
        }
        try publish(crossings, correlation: correlation, at: now, in: db)
    }
}

extension UpsertCounts {
    /// Counts one record; returns whether it is new or changed (and so must be written and published).
    fileprivate mutating func count<Record: Equatable>(stored: Record?, new: Record) -> Bool {
        if stored == nil {
            created += 1
        } else if stored == new {
            unchanged += 1
        } else {
            updated += 1
        }
        return stored != new
    }
}

extension ListingRecord {
    /// This stored record with a later load's terms: its title, limit and active flag, and its variations
    /// replacing those of the same SKU, new ones appended (a load never removes a variation).
    func merging(_ later: ListingRecord) -> ListingRecord {
        var merged = later
        merged.variations = variations
        for variation in later.variations {
            if let index = merged.variations.firstIndex(where: { $0.sku == variation.sku }) {
                merged.variations[index] = variation
            } else {
                merged.variations.append(variation)
            }
        }
        return merged
    }
}
