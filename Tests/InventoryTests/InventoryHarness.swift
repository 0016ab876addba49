import Contracts
import Foundation
import Inventory
import Mail
import ServiceKit
import TestSupport
import Testing

/// An inventory service on the shared harness: a real store in a temporary folder (its state folder), simulated
/// time from `InventoryFixture.t0`, no sockets.
typealias InventoryHarness = ServiceHarness<InventoryService>

extension ServiceHarness where Service == InventoryService {
    /// A fresh inventory service consuming `orders` and `dispatchPartitions`, with its first feed pull scheduled
    /// as its host schedules it. `prepare` may leave a store of an earlier version at the path first, for the
    /// service to migrate.
    convenience init(
        settings: InventorySettings = InventorySettings(), dispatchPartitions: [String] = [],
        prepare: (_ storePath: String) throws -> Void = { _ in }
    ) throws {
        try self.init(
            stream: StreamNames.inventory, start: InventoryFixture.t0, migrations: InventoryStore.migrate,
            prepare: prepare
        ) { parts in
            let service = InventoryService(parts: parts, settings: settings, dispatchPartitions: dispatchPartitions)
            try service.scheduleFeedPull()
            return service
        }
    }

    @discardableResult
    func load(_ catalog: CatalogLoad = InventoryFixture.catalog()) async throws -> CatalogLoadResult {
        try await call("inventory.load", catalog, as: CatalogLoadResult.self)
    }

    /// Reserves through `inventory.reserve`, under the placement's idempotency `key` when given.
    func reserve(
        _ orderID: OrderID, sku: String = "TEE-M", quantity: Int = 1, listing: ListingID = "lst_1", ttl: Int = 120,
        key: String? = nil
    ) async throws -> ReserveStockResult {
        try await call(
            "inventory.reserve",
            ReserveStockRequest(
                orderID: orderID, listingID: listing, sku: sku, quantity: quantity, ttlSeconds: ttl,
                idempotencyKey: key),
            as: ReserveStockResult.self)
    }

    func listing(_ id: ListingID = "lst_1") async throws -> ListingView {
        try await call("inventory.listing", ListingRequest(listingID: id), as: ListingView.self)
    }

    /// The variation's units: available, reserved, sold.
    func units(_ sku: String = "TEE-M", listing: ListingID = "lst_1") async throws -> [Int] {
        let variation = try #require(try await self.listing(listing).variations.first { $0.sku == sku })
        return [variation.available, variation.reserved, variation.sold]
    }

    /// Delivers the mail outbox into `maildir/` as the service's deliverer does, then returns every delivered
    /// message's text, by file name.
    func deliveredMail() throws -> [String] {
        let maildir = folder.directory.path + "/maildir"
        try MailDeliverer(writer: store, maildir: try Maildir(path: maildir), logger: logs.logger).deliverPending()
        let delivered = maildir + "/new"
        return try FileManager.default.contentsOfDirectory(atPath: delivered).sorted().map {
            try String(contentsOfFile: "\(delivered)/\($0)", encoding: .utf8)
        }
    }

    /// Writes a file into the pulled feeds folder.
    func writeFeedFile(_ name: String, _ contents: Data) throws {
        let feeds = folder.directory.file("feeds")
        try FileManager.default.createDirectory(atPath: feeds, withIntermediateDirectories: true)
        try contents.write(to: URL(fileURLWithPath: "\(feeds)/\(name)"))
    }
}
