import Contracts
import Foundation
import GRDB
import Logging
import MeshConfig
import ServiceKit
import Streams

/// One dispatch partition (`dispatch.p<k>`) as a service: it dispatches the released orders that
/// `DispatchPartitioning` gives it (R6, R7, R15). Built from a store, its outbox, a clock and the settings, so
/// that tests drive its handlers, RPCs and timers without sockets; `run(host:limit:until:)` wires it to a host.
///
/// Publishes `dispatch.p<k>`: `purchase_order.sent`, `.acknowledged`, `.failed`, `.shipped`, `.cancel_requested`,
/// `.cancelled`, `.shipped_after_cancel`, `dispatch.exhausted`, `dispatch.abandoned`. Consumes `orders`
/// (`order.released`, `order.cancelled`) and `inventory` (catalogue, supplier stock). Answers `DispatchMethods`.
/// Timers: each purchase order's acknowledge and ship deadlines, and an exhausted order's refund time.
public struct DispatchPartition: Sendable {
    /// Applies the `orders` stream.
    public let ordersHandler: OrdersStreamHandler
    /// Applies the `inventory` stream.
    public let inventoryHandler: InventoryStreamHandler
    /// The partition's RPCs.
    public let router: RPCRouter
    /// Fires dispatch deadlines inside the caller's transaction.
    public let timers: DurableTimers.Handler
    let desk: JobDesk

    /// - Parameters:
    ///   - index: the partition's number; `partitioning` says which orders are its own.
    public init(
        store: any DatabaseWriter, outbox: Outbox, clock: DomainClock, settings: DispatchSettings,
        partitioning: DispatchPartitioning, index: Int
    ) {
        let desk = JobDesk(outbox: outbox, policy: settings.policy, wakeup: SenderWakeup())
        self.desk = desk
        ordersHandler = OrdersStreamHandler(desk: desk, clock: clock) { partitioning.partition(of: $0) == index }
        inventoryHandler = InventoryStreamHandler(desk: desk, clock: clock)
        router =
            DispatchMethods(
                store: store, desk: desk, clock: clock, partition: DispatchPartitioning.instanceName(of: index)
            ).router
        timers = { timer, db in
            guard timer.kind == JobDesk.timerKind else { return }
            let due = try JSONCoding.decoder.decode(DeadlineTimer.self, from: timer.payload)
            let now = DomainTime.rounded(max(timer.due, try clock.now(in: db)))
            try desk.change(due.orderID, causation: nil, at: now, in: db) { job in
                try job.deadlinePassed(due.deadline, at: now)
            }
        }
    }

    /// Runs partition `host` until `stop` returns: consumes `orders` and `inventory`, serves the RPCs, fires
    /// deadlines, and makes connector calls within `limit`.
    public static func run(
        host: ServiceHost, limit: ConcurrencyLimit, until stop: @escaping @Sendable () async -> Void
    ) async throws {
        let serviceName = host.instance.serviceName
        guard let service = host.configuration.service(named: serviceName),
            let index = service.partitionNames.firstIndex(of: host.instance.name)
        else { throw DispatchWorkerError.notAPartitionedGroupMember(host.instance.name) }
        let settings = try DispatchSettings(host.settingsReader)
        let partition = DispatchPartition(
            store: host.store, outbox: host.outbox, clock: host.clock, settings: settings,
            partitioning: DispatchPartitioning(count: service.partitions), index: index)
        let sender = ConnectorSender(
            store: host.store,
            answers: ConnectorAnswers(store: host.store, desk: partition.desk, clock: host.clock),
            connector: try host.client(for: settings.supplierConnector), limit: limit, wakeup: partition.desk.wakeup,
            logger: host.logger)
        try await host.runHosted(
            consumes: [
                Consumption(source: StreamNames.orders, handler: partition.ordersHandler),
                Consumption(source: StreamNames.inventory, handler: partition.inventoryHandler),
            ],
            methods: partition.router, timers: partition.timers, background: [{ await sender.run() }], until: stop)
    }
}
