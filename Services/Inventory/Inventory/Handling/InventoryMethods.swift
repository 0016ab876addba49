import Contracts
import GRDB
import InputRules
import ServiceKit

/// Inventory's RPCs (R2, R16). Each checks its request (a refusal is an `RPCFailure` naming the field), then
/// calls the desk in one write transaction, or reads the committed state.
///
/// - `inventory.load` `CatalogLoad` → `CatalogLoadResult`: the whole load is checked first (`CatalogValidation`;
///   one fault refuses it, naming every faulty field), then upserted in one transaction.
/// - `inventory.reserve` `ReserveStockRequest` → `ReserveStockResult`: placement's one synchronous hop
///   (docs/architecture.md §2), idempotent on `orderID` and on the placement's `idempotencyKey`; refusals as
///   `ReserveStockRequest` documents them.
/// - `inventory.stock_feed` `StockFeed` → `StockFeedResult`: a supplier's pushed counts (R16).
/// - `inventory.listing` `ListingRequest` → `ListingView`; `not_found` on `listingID`.
/// - `inventory.listings` `ListingsRequest` → `ListingSummaries`; `not_found` on `merchantID`.
struct InventoryMethods: Sendable {
    let store: any DatabaseWriter
    /// Concurrent `inventory.reserve` calls commit together (one fsync per batch); each still runs alone in its
    /// own savepoint, after the ones before it, so no two can take the same last unit.
    let reservations: GroupCommitWriter
    let desk: ListingDesk
    let settings: InventorySettings

    /// The methods, by name.
    var router: RPCRouter {
        var router = RPCRouter()
        router.register("inventory.load", params: CatalogLoad.self) { try await load($0) }
        router.register("inventory.reserve", params: ReserveStockRequest.self) { try await reserve($0) }
        router.register("inventory.stock_feed", params: StockFeed.self) { feed in
            try await store.write { db in try desk.apply(feed, in: db) }
        }
        router.register("inventory.listing", params: ListingRequest.self) { try await listing($0) }
        router.register("inventory.listings", params: ListingsRequest.self) { try await listings($0) }
        return router
    }

    /// Checks the whole load against the request and the store, then upserts it.
    private func load(_ catalog: CatalogLoad) async throws -> CatalogLoadResult {
        try await store.write { db in
            let errors = try CatalogValidation.check(catalog, in: db)
            guard errors.isEmpty else { throw RPCFailure.invalidFields(errors) }
            return try desk.load(catalog, in: db)
        }
    }

    /// Checks the request's order, quantity (1 to `QuantityBounds.maxUnitsPerOrder`), time-to-live (0 takes `reservation_ttl_seconds`) and key, then
    /// reserves through the group-commit writer. A refusal rolls back its savepoint alone.
    private func reserve(_ request: ReserveStockRequest) async throws -> ReserveStockResult {
        guard !request.orderID.rawValue.isEmpty else {
            throw RPCFailure.invalidRequest("must not be empty", field: "orderID")
        }
        guard request.quantity >= 1 else { throw RPCFailure.invalidRequest("must be at least 1", field: "quantity") }
        guard request.quantity <= QuantityBounds.maxUnitsPerOrder else {
            throw RPCFailure.invalidRequest("must be at most \(QuantityBounds.maxUnitsPerOrder)", field: "quantity")
        }
        guard request.ttlSeconds >= 0 else {
            throw RPCFailure.invalidRequest("must be 0 (the default) or more", field: "ttlSeconds")
        }
        guard request.idempotencyKey?.isEmpty != true else {
            throw RPCFailure.invalidRequest("must not be empty when given", field: "idempotencyKey")
        }
        let ttl = request.ttlSeconds > 0 ? request.ttlSeconds : settings.reservationTTLSeconds
        return try await reservations.write { [desk] db in try desk.reserve(request, ttl: ttl, in: db) }
    }

    /// The listing with each variation's units and supplier stock.
    private func listing(_ request: ListingRequest) async throws -> ListingView {
        try await store.read { db in
            guard let listing = try StockRecords.listing(request.listingID, in: db),
                let record = try CatalogRecords.listingRecord(request.listingID, in: db)
            else {
                throw RPCFailure(code: "not_found", message: "No listing \(request.listingID).", field: "listingID")
            }
            return ListingView(listing, record: record)
        }
    }

    /// Every listing, or one merchant's, by id.
    private func listings(_ request: ListingsRequest) async throws -> ListingSummaries {
        try await store.read { db in
            if let merchant = request.merchantID, try CatalogRecords.merchant(merchant, in: db) == nil {
                throw RPCFailure(code: "not_found", message: "No merchant \(merchant).", field: "merchantID")
            }
            let summaries = try CatalogRecords.listingIDs(merchant: request.merchantID, in: db).compactMap { id in
                try StockRecords.listing(id, in: db).map(ListingSummary.init)
            }
            return ListingSummaries(listings: summaries)
        }
    }
}
