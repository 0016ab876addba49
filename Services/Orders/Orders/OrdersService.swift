import Contracts
import Foundation
import GRDB
import Mail
import MeshConfig
import ServiceKit
import Streams

/// The orders service (R1–R11, R15 and their notifications): takes customers' orders, holds them until R5
/// releases them to their merchants, and follows them to a supplier, out of the door and to the customer.
///
/// Publishes `orders` (`order.*`). Consumes `inventory` (the catalogue, `InventoryStreamHandler`), `payments`,
/// `fraud-hold`, the dispatch partitions (`dispatch.p0` …) and, when the mesh has a tracking service, `tracking`
/// (R8, R10, R11), each through its `<Publisher>StreamHandler` and the `OrderDesk`. Answers `orders.place`,
/// `orders.cancel`, `orders.confirm_delivery`, `orders.show`, `orders.list` and `orders.unfulfilled`
/// (`OrdersMethods`). Keeps no durable timers. Its notifications wait in the store's mail
/// outbox for the mail deliverer, which `run(host:)` runs beside it.
///
/// Built from its `ServiceParts`, its `OrdersSettings`, the `StockReserver` placement reserves stock through and
/// the dispatch partitions' instance names, with no socket: tests drive the very handlers and methods the host
/// runs.
public struct OrdersService: DomainService {
    public let consumptions: [Consumption]
    public let methods: RPCRouter
    /// Reserves each placement's stock at Inventory.
    let reserver: any StockReserver

    /// - Parameters:
    ///   - dispatchPartitions: the dispatch partitions' instance names, the streams whose facts move released
    ///     orders on (none when the mesh has no dispatch service).
    ///   - followsTracking: whether the mesh has a tracking service, whose `tracking` stream moves shipped orders
    ///     on (R8, R10, R11).
    public init(
        parts: ServiceParts, settings: OrdersSettings, reserver: any StockReserver, dispatchPartitions: [String],
        followsTracking: Bool = false
    ) {
        let desk = OrderDesk(outbox: parts.outbox, mails: OrderMails(logger: parts.logger))
        let dispatch = DispatchStreamHandler(desk: desk)
        let tracking =
            followsTracking
            ? [Consumption(source: StreamNames.tracking, handler: TrackingStreamHandler(desk: desk))] : []
        consumptions =
            [
                Consumption(source: StreamNames.inventory, handler: InventoryStreamHandler()),
                Consumption(source: StreamNames.payments, handler: PaymentsStreamHandler(desk: desk)),
                Consumption(source: StreamNames.fraudHold, handler: FraudHoldStreamHandler(desk: desk)),
            ] + dispatchPartitions.map { Consumption(source: $0, handler: dispatch) } + tracking
        methods =
            OrdersMethods(
                store: parts.store, clock: parts.clock, reserver: reserver, settings: settings, desk: desk,
                logger: parts.logger
            ).router
        self.reserver = reserver
    }

    /// A notification the Maildir has refused for long is an alert in `status` (`MailOutbox.alerts`).
    public func alerts(in db: Database) throws -> [String] {
        try MailOutbox.alerts(in: db)
    }

    /// Reads the settings from the mesh config, then runs the service on `host` until shutdown, reserving stock
    /// over Inventory's RPC and delivering notifications to `<state_dir>/maildir`.
    public static func run(host: ServiceHost) async throws {
        let settings = try OrdersSettings(host.settingsReader)
        let partitions = host.configuration.service(named: DispatchPartitioning.serviceName)?.partitionNames ?? []
        let service = OrdersService(
            parts: host.parts, settings: settings,
            reserver: RPCStockReserver(client: try host.client(for: StreamNames.inventory)),
            dispatchPartitions: partitions,
            followsTracking: host.configuration.service(named: StreamNames.tracking) != nil)
        let maildir = try Maildir(path: "\(host.parts.stateDirectory)/maildir")
        let deliverer = MailDeliverer(writer: host.store, maildir: maildir, logger: host.logger)
        try await host.run(service, background: [{ await deliverer.run() }])
    }
}
