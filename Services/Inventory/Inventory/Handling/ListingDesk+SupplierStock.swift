import Contracts
import Foundation
import GRDB
import ServiceKit

/// R16: a supplier stock feed, pushed (`inventory.stock_feed`) or pulled (`FeedPull`), applied in the caller's
/// transaction; a refused feed changes nothing.
extension ListingDesk {
    /// Applies every item of `feed` at the current domain time, after checking all of them: the supplier must be
    /// in the catalogue (`not_found`, field `supplierID`), each item must name a known listing and SKU
    /// (`not_found`, `items[i].listingID` / `items[i].sku`) and hold counts the domain accepts (`invalid_request`,
    /// `items[i].quantity` / `items[i].referenceLevel`). Publishes `supplier_stock.updated` for each changed
    /// report, Sold Out crossings, and `supplier_stock.ran_low` (with its two mails) once per crossing.
    func apply(_ feed: StockFeed, in db: Database) throws -> StockFeedResult {
        let (loaded, order) = try checkedListings(for: feed, in: db)
        var listings = loaded
        let now = try clock.now(in: db)
        var result = StockFeedResult(items: feed.items.count, updated: 0, lowStockAlerts: 0)
        for item in feed.items {
            let events = try asRPCRefusal { () throws(StockError) in
                try listings[item.listingID]!.applySupplierStock(
                    supplierID: feed.supplierID, sku: item.sku, quantity: item.quantity,
                    referenceLevel: item.referenceLevel, at: now)
            }
            for event in events {
                if case .supplierStockUpdated = event { result.updated += 1 }
                if case .supplierStockRanLow = event { result.lowStockAlerts += 1 }
            }
            try follow(events, correlation: item.listingID.rawValue, at: now, in: db)
        }
        for id in order { try StockRecords.save(listings[id]!, since: loaded[id]!, in: db) }
        return result
    }

    /// The listings `feed` names, loaded once each in first-mention order, after checking every item.
    /// - Throws: `RPCFailure` with every fault; its code and field are the first fault's.
    private func checkedListings(for feed: StockFeed, in db: Database) throws -> ([ListingID: Listing], [ListingID]) {
        guard try CatalogRecords.supplier(feed.supplierID, in: db) != nil else {
            throw RPCFailure(code: "not_found", message: "No supplier \(feed.supplierID).", field: "supplierID")
        }
        var listings: [ListingID: Listing] = [:]
        var order: [ListingID] = []
        var faults: [(code: String, error: FieldError)] = []
        func fault(_ code: String, _ field: String, _ reason: String) {
            faults.append((code, FieldError(field: field, reason: reason)))
        }
        let units = "\(Listing.maxReportedUnits)"
        for (index, item) in feed.items.enumerated() {
            let path = "items[\(index)]"
            if listings[item.listingID] == nil, let listing = try StockRecords.listing(item.listingID, in: db) {
                listings[item.listingID] = listing
                order.append(item.listingID)
            }
            guard let listing = listings[item.listingID] else {
                fault("not_found", "\(path).listingID", "no listing \(item.listingID)")
                continue
            }
            if listing.variation(item.sku) == nil {
                fault("not_found", "\(path).sku", "listing has no variation \(item.sku)")
            }
            if !(0...Listing.maxReportedUnits).contains(item.quantity) {
                fault("invalid_request", "\(path).quantity", "must be 0 to \(units)")
            }
            if !(1...Listing.maxReportedUnits).contains(item.referenceLevel) {
                fault("invalid_request", "\(path).referenceLevel", "must be 1 to \(units)")
            }
        }
        if let first = faults.first {
            throw RPCFailure(
                code: first.code, message: first.error.reason, field: first.error.field, errors: faults.map(\.error))
        }
        return (listings, order)
    }
}
