import Contracts
import Foundation
import GRDB
import Logging
import Mail
import MeshConfig
import ServiceKit
import Streams

/// The orders service (R1–R5 and its notifications): built from a store, its outbox, a clock, a stock reserver
/// and settings, so that tests drive its handlers and RPCs without sockets; `run(host:)` wires it to a host.
///
/// Publishes `orders` (`order.*`); consumes `inventory` (catalogue), `payments`, `fraud-hold` and the dispatch
/// partitions (`dispatch.p0` …); answers
/// `orders.place`, `orders.cancel`, `orders.show`, `orders.list` and `orders.unfulfilled`.
public struct OrdersService: Sendable {
    let placement: OrderPlacement
    /// Applies the `inventory` stream.
    public let catalogHandler: CatalogHandler
    /// Applies the `payments` stream.
    public let paymentsHandler: PaymentsHandler
    /// Applies the `fraud-hold` stream.
    public let fraudHoldHandler: FraudHoldHandler
    /// Applies each dispatch partition's stream.
    public let dispatchHandler: DispatchHandler
    let desk: OrderDesk

    public init(
        store: any DatabaseWriter, outbox: Outbox, clock: DomainClock, reserver: any StockReserver,
        settings: OrdersSettings, logger: Logger
    ) {
        let mails = OrderMails(logger: logger)
        let transitions = OrderTransitions(outbox: outbox, mails: mails)
        placement = OrderPlacement(
            store: store, clock: clock, reserver: reserver, settings: settings, transitions: transitions,
            logger: logger)
        catalogHandler = CatalogHandler()
        paymentsHandler = PaymentsHandler(transitions: transitions)
        fraudHoldHandler = FraudHoldHandler(transitions: transitions, mails: mails)
        dispatchHandler = DispatchHandler(transitions: transitions, mails: mails)
        desk = OrderDesk(store: store, clock: clock, transitions: transitions)
    }

    /// The streams consumed, by publishing instance: `dispatchPartitions` are the dispatch partitions' instance
    /// names (none when the mesh has no dispatch service).
    public func consumptions(dispatchPartitions: [String]) -> [Consumption] {
        [
            Consumption(source: StreamNames.inventory, handler: catalogHandler),
            Consumption(source: StreamNames.payments, handler: paymentsHandler),
            Consumption(source: StreamNames.fraudHold, handler: fraudHoldHandler),
        ] + dispatchPartitions.map { Consumption(source: $0, handler: dispatchHandler) }
    }

    /// The service's RPC methods.
    public var router: RPCRouter {
        var router = RPCRouter()
        router.register("orders.place", params: PlacementRequest.self) { request in
            try await placement.place(request)
        }
        router.register("orders.cancel", params: OrderCancellationRequest.self) { request in
            try await desk.cancel(request)
        }
        router.register("orders.show", params: OrderReference.self) { reference in
            try await desk.show(reference)
        }
        router.register("orders.list", params: OrderListRequest.self) { request in
            try await desk.list(request)
        }
        router.register("orders.unfulfilled", params: UnfulfilledRequest.self) { request in
            try await desk.unfulfilled(request)
        }
        return router
    }

    /// Runs the service on `host` until shutdown, delivering notifications to `<state_dir>/maildir`.
    public static func run(host: ServiceHost) async throws {
        let settings = try OrdersSettings(host.configuration.service(named: host.instance.serviceName)?.settings ?? [:])
        let service = OrdersService(
            store: host.store, outbox: host.outbox, clock: host.clock,
            reserver: RPCStockReserver(client: try host.client(for: StreamNames.inventory)), settings: settings,
            logger: host.logger)
        let maildir = try Maildir(path: "\(host.configuration.stateDirectory)/maildir")
        let deliverer = MailDeliverer(writer: host.store, maildir: maildir, logger: host.logger)
        try await host.run(
            consumes: service.consumptions(
                dispatchPartitions: host.configuration.service(named: DispatchPartitioning.serviceName)?.partitionNames
                    ?? []),
            methods: service.router, background: [{ await deliverer.run() }])
    }
}
