import Contracts
import Foundation
import GRDB
import Logging
import Mail
import MeshConfig
import ServiceKit
import Streams

/// The inventory service (R2, R16): owns listings, variations, supplier stock, reservations and low-stock alerts.
///
/// Publishes `inventory`: `catalog.merchant_upserted`, `catalog.supplier_upserted`, `catalog.listing_upserted`,
/// `stock.reserved`, `stock.confirmed`, `stock.released`, `stock.sold`, `listing.sold_out`,
/// `listing.back_in_stock`, `supplier_stock.updated`, `supplier_stock.ran_low`. Consumes `orders`
/// (`OrdersStreamHandler`) and each dispatch partition (`dispatch.p0` …, `DispatchStreamHandler`). Answers
/// `inventory.load`, `inventory.reserve`, `inventory.stock_feed`, `inventory.listing` and `inventory.listings`
/// (`InventoryMethods`). Timers: each pending reservation expires at its `expiresAt`
/// (`reservation.expire:<orderID>`); `<state_dir>/feeds/*.json` is pulled every `feed_pull_minutes` of domain
/// time (`feeds.pull`, `FeedPull`). Low-stock mail goes to `<state_dir>/maildir/`. Settings: `InventorySettings`.
///
/// Every change commits in one SQLite transaction with its events (outbox), its mail (mail outbox) and its
/// timers, through `ListingDesk`; SQLite's single writer serialises concurrent reservations, so the domain's
/// check `available ≥ quantity` is never raced (no oversell).
public struct InventoryService: DomainService {
    /// The folder of the state folder the pulled supplier stock feeds are read from.
    public static let feedsFolder = "feeds"
    /// The folder of the state folder low-stock mail is delivered to.
    public static let maildirFolder = "maildir"

    public let consumptions: [Consumption]
    public let methods: RPCRouter
    public let timers: DurableTimers.Handler?
    private let store: any DatabaseWriter
    private let feedPull: FeedPull

    /// - Parameters:
    ///   - parts: the store, migrated with `InventoryStore.migrate`, the `inventory` stream's outbox, domain time,
    ///     a logger and the state folder holding `feeds/`.
    ///   - dispatchPartitions: the dispatch partitions' stream names (`dispatch.p0` …), each consumed for
    ///     `purchase_order.sent`.
    public init(parts: ServiceParts, settings: InventorySettings, dispatchPartitions: [String]) {
        let desk = ListingDesk(outbox: parts.outbox, clock: parts.clock, logger: parts.logger)
        let feedPull = FeedPull(
            folder: Self.folder(Self.feedsFolder, in: parts.stateDirectory),
            interval: TimeInterval(settings.feedPullMinutes) * 60, desk: desk)
        let logger = parts.logger
        store = parts.store
        self.feedPull = feedPull
        consumptions =
            [Consumption(source: StreamNames.orders, handler: OrdersStreamHandler(desk: desk))]
            + dispatchPartitions.map { Consumption(source: $0, handler: DispatchStreamHandler(desk: desk)) }
        let reservations = GroupCommitWriter(writer: parts.store)
        methods =
            InventoryMethods(store: parts.store, reservations: reservations, desk: desk, settings: settings).router
        // A timer throws only for database errors, never for bad input, so a feed file can never halt the clock.
        timers = { timer, db in
            switch timer.kind {
            case ListingDesk.expiryTimerKind:
                let orderID = OrderID(rawValue: String(decoding: timer.payload, as: UTF8.self))
                try desk.expireReservation(of: orderID, due: timer.due, in: db)
            case FeedPull.timerKind:
                try feedPull.fire(timer, in: db)
            default:
                logger.warning("Dropped a timer of an unknown kind", metadata: ["timer.id": "\(timer.id)"])
            }
        }
    }

    /// Its next timer that must fire at its own time: the next feed pull only while the feeds folder changed since
    /// the last pull (otherwise the pull would publish nothing and fires whenever the clock passes it).
    public func nextDue(in db: Database) throws -> Date? {
        if feedPull.hasNewFeeds() { return try DurableTimers.nextDue(in: db) }
        return try DurableTimers.nextDue(excludingKind: FeedPull.timerKind, in: db)
    }

    /// A notification the Maildir has refused for long is an alert in `status` (`MailOutbox.alerts`).
    public func alerts(in db: Database) throws -> [String] {
        try MailOutbox.alerts(in: db)
    }

    /// `folder` inside the state folder `stateDirectory`.
    public static func folder(_ folder: String, in stateDirectory: String) -> String {
        (stateDirectory as NSString).appendingPathComponent(folder)
    }

    /// Schedules the first feed pull `feed_pull_minutes` from now unless one is due sooner (a restart keeps the
    /// pending pull); called once the service is built, before it runs.
    public func scheduleFeedPull() throws {
        try store.write { db in try feedPull.schedule(in: db) }
    }

    /// Reads the settings, makes the feeds folder and the maildir, then consumes `orders` and the dispatch
    /// partitions, serves the RPCs, fires the timers and delivers mail until shutdown.
    public static func run(host: ServiceHost) async throws {
        let settings = try InventorySettings(host.settingsReader)
        let parts = host.parts
        try FileManager.default.createDirectory(
            atPath: folder(feedsFolder, in: parts.stateDirectory), withIntermediateDirectories: true)
        let deliverer = MailDeliverer(
            writer: parts.store, maildir: try Maildir(path: folder(maildirFolder, in: parts.stateDirectory)),
            logger: parts.logger)
        let service = InventoryService(
            parts: parts, settings: settings,
            dispatchPartitions: host.configuration.service(named: DispatchPartitioning.serviceName)?.partitionNames
                ?? [])
        try service.scheduleFeedPull()
        try await host.run(service, background: [{ await deliverer.run() }])
    }
}
