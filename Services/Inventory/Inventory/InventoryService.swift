import Contracts
import Foundation
import GRDB
import Logging
import Mail
import MeshConfig
import ServiceKit
import Streams

/// The inventory service (R2, R16): owns listings, variations, supplier stock, reservations and low-stock alerts;
/// publishes stream `inventory`; consumes `orders` and the dispatch partitions (`dispatch.p0` …).
///
/// RPCs: `inventory.load` (the catalogue), `inventory.reserve` (placement's one synchronous hop, ARCHITECTURE §2),
/// `inventory.stock_feed` (a supplier's pushed counts), `inventory.listing` and `inventory.listings`.
/// Timers: each pending reservation expires at its `expiresAt`; `<state_dir>/feeds/*.json` is pulled every
/// `feed_pull_minutes` of domain time. Low-stock mail goes to `<state_dir>/maildir/`.
///
/// Settings, under `services.inventory.settings` in the mesh config (`InventoryConfiguration` reads them):
///
/// | key | default | meaning |
/// |---|---|---|
/// | `reservation_ttl_seconds` | 900 | a reservation's time-to-live when the request's `ttlSeconds` is 0 |
/// | `feed_pull_minutes` | 15 | domain minutes between two pulls of the feeds folder (R16) |
///
/// Every change commits in one SQLite transaction with its events (outbox), its mail (mail outbox) and its timers;
/// SQLite's single writer serialises concurrent reservations, so the domain's check `available ≥ quantity` is
/// never raced (no oversell).
public struct InventoryService: Sendable {
    let writer: any DatabaseWriter
    /// Concurrent `inventory.reserve` calls commit together (one fsync per batch); each still runs alone in
    /// its own savepoint, after the ones before it, so no two can take the same last unit.
    let reservations: GroupCommitWriter
    let outbox: Outbox
    let clock: DomainClock
    public let configuration: InventoryConfiguration
    let logger: Logger

    /// - Parameters:
    ///   - writer: the store, migrated with `InventoryStore.migrate` (after the stream and clock tables).
    ///   - outbox: the `inventory` stream's outbox.
    ///   - clock: domain time for every rule and timer.
    public init(
        writer: any DatabaseWriter, outbox: Outbox, clock: DomainClock, configuration: InventoryConfiguration,
        logger: Logger
    ) {
        self.writer = writer
        self.reservations = GroupCommitWriter(writer: writer)
        self.outbox = outbox
        self.clock = clock
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs the service in `host` until shutdown: RPCs, the `orders` stream, timers and mail delivery.
    public static func run(host: ServiceHost) async throws {
        let configuration = try InventoryConfiguration(
            settings: host.configuration.service(named: host.instance.serviceName)?.settings ?? [:],
            service: host.instance.serviceName, stateDirectory: host.configuration.stateDirectory)
        try FileManager.default.createDirectory(atPath: configuration.feedsDirectory, withIntermediateDirectories: true)
        let deliverer = MailDeliverer(
            writer: host.store, maildir: try Maildir(path: configuration.maildirPath), logger: host.logger)
        let service = InventoryService(
            writer: host.store, outbox: host.outbox, clock: host.clock, configuration: configuration,
            logger: host.logger)
        try await service.scheduleFeedPull()
        try await host.run(
            consumes: [Consumption(source: StreamNames.orders, handler: service.ordersHandler)]
                + (host.configuration.service(named: DispatchPartitioning.serviceName)?.partitionNames ?? []).map {
                    Consumption(source: $0, handler: DispatchStreamHandler(service: service))
                },
            methods: service.router(), timers: service.fireTimer, background: [{ await deliverer.run() }])
    }

    /// The service's RPC methods.
    public func router() -> RPCRouter {
        var router = RPCRouter()
        router.register("inventory.load", params: CatalogLoad.self) { try await self.load($0) }
        router.register("inventory.reserve", params: ReserveStockRequest.self) { try await self.reserve($0) }
        router.register("inventory.stock_feed", params: StockFeed.self) { try await self.applyFeed($0) }
        router.register("inventory.listing", params: ListingRequest.self) { try await self.listing($0) }
        router.register("inventory.listings", params: ListingsRequest.self) { try await self.listings($0) }
        return router
    }

    /// Applies the `orders` stream (`order.placed`, `order.declined`, `order.cancelled`).
    public var ordersHandler: OrdersStreamHandler { OrdersStreamHandler(service: self) }

    // MARK: - Publishing

    /// Appends the domain's facts to the `inventory` stream, with the mail a low-stock alert sends (R16).
    func publish(_ events: [InventoryEvent], correlation: String, at now: Date, in db: Database) throws {
        for event in events {
            let eventID = try append(event.payload, correlation: correlation, at: now, in: db)
            if case .supplierStockRanLow(let alert) = event {
                try LowStockMail.enqueue(for: alert, eventID: eventID, in: db, logger: logger)
            }
        }
    }

    /// Appends one event; returns its id.
    @discardableResult
    func append<Payload: EventPayload>(_ payload: Payload, correlation: String, at now: Date, in db: Database) throws
        -> String
    {
        try outbox.append(payload, at: now, correlation: correlation, in: db).id
    }
}
