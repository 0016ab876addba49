import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit

/// R16: supplier stock feeds, pushed (`inventory.stock_feed`) and pulled (`<state_dir>/feeds/*.json` every
/// `feed_pull_minutes` of domain time).
extension InventoryService {
    /// The recurring pull timer's id and kind.
    static let feedPullTimer = "feeds.pull"

    /// Applies a pushed feed in one transaction; a refused feed changes nothing.
    func applyFeed(_ feed: StockFeed) async throws -> StockFeedResult {
        try await writer.write { db in try apply(feed, in: db) }
    }

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
            try publish(events, correlation: item.listingID.rawValue, at: now, in: db)
        }
        for id in order { try listings[id]!.save(since: loaded[id]!, in: db) }
        return result
    }

    /// The listings `feed` names, loaded once each in first-mention order, after checking every item.
    /// - Throws: `RPCFailure` with every fault; its code and field are the first fault's.
    private func checkedListings(for feed: StockFeed, in db: Database) throws -> ([ListingID: Listing], [ListingID]) {
        guard try InventoryStore.supplier(feed.supplierID, in: db) != nil else {
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
            if listings[item.listingID] == nil, let listing = try Listing.fetch(item.listingID, in: db) {
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

    /// Reads and applies every `*.json` file of the feeds folder, in name order, each in its own savepoint. A
    /// file that cannot be read, parsed or applied is logged with its name and reason and skipped. Applying a
    /// file again is harmless: an unchanged report publishes nothing and a low report alerts once.
    func pullFeeds(in db: Database) throws {
        let folder = configuration.feedsDirectory
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        var applied = 0
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw RPCFailure.invalidRequest("the file cannot be read")
                }
                let feed = try RPCParams.decode(StockFeed.self, from: data)
                try db.inSavepoint {
                    _ = try apply(feed, in: db)
                    return .commit
                }
                applied += 1
            } catch let failure as RPCFailure {
                logger.warning("Skipped stock feed file", metadata: ["feed.file": "\(name)", "error": "\(failure)"])
            }
        }
        logger.info("Pulled stock feeds", metadata: ["feed.files": "\(names.count)", "feed.applied": "\(applied)"])
    }

    /// Schedules the first feed pull `feed_pull_minutes` from now unless one is due sooner (a restart keeps
    /// the pending pull).
    public func scheduleFeedPull() async throws {
        try await writer.write { db in
            let next = try clock.now(in: db).addingTimeInterval(feedPullInterval)
            let due = try Int64.fetchOne(
                db, sql: "SELECT dueMs FROM durableTimer WHERE id = ?", arguments: [Self.feedPullTimer])
            if let due, DomainTime.date(milliseconds: due) <= next { return }
            try DurableTimers.schedule(
                DurableTimer(id: Self.feedPullTimer, kind: Self.feedPullTimer, due: next), in: db)
        }
    }

    /// The pull timer fired: pull, then schedule the next pull at the first interval boundary after now (a long
    /// clock jump pulls once, not once per missed interval).
    func firePull(_ timer: DurableTimer, in db: Database) throws {
        try pullFeeds(in: db)
        let now = try clock.now(in: db)
        var next = timer.due.addingTimeInterval(feedPullInterval)
        if next <= now {
            let missed = ((now.timeIntervalSince(next)) / feedPullInterval).rounded(.down) + 1
            next = next.addingTimeInterval(missed * feedPullInterval)
        }
        try DurableTimers.schedule(DurableTimer(id: Self.feedPullTimer, kind: Self.feedPullTimer, due: next), in: db)
    }

    private var feedPullInterval: TimeInterval { TimeInterval(configuration.feedPullMinutes * 60) }
}
