import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// One dispatch partition (`dispatch.p<k>`) as a service: it dispatches the released orders that
/// `DispatchPartitioning` gives it (R6, R7, R15). A dispatch worker (`DispatchWorker`) hosts several, each on its
/// own store and stream, and runs each beside a `ConnectorSender` that makes its supplier calls.
///
/// Publishes `dispatch.p<k>`: `purchase_order.sent`, `.acknowledged`, `.failed`, `.shipped`, `.cancel_requested`,
/// `.cancelled`, `.shipped_after_cancel`, `dispatch.exhausted`, `dispatch.abandoned`. Consumes `orders`
/// (`order.released`, `order.cancelled`) and `inventory` (catalogue, supplier stock). Answers `DispatchMethods`.
/// Timers: each purchase order's acknowledge and ship deadlines, and an exhausted order's refund time. Alerts in
/// `status`: a supplier connector call failing for long.
///
/// Settings, under `services.dispatch.settings` in the mesh config (`DispatchSettings`), e.g. `--set
/// services.dispatch.settings.ship_hours=24`.
///
/// Built from its `ServiceParts`, the settings and its place among the partitions, so that tests drive its
/// handlers, RPCs, timers and connector answers without sockets; the worker wires it to a host.
public struct DispatchService: DomainService {
    /// Applies the `orders` stream.
    public let ordersHandler: OrdersStreamHandler
    /// Applies the `inventory` stream.
    public let inventoryHandler: InventoryStreamHandler
    /// The partition's RPCs.
    public let methods: RPCRouter
    /// Fires dispatch deadlines inside the caller's transaction.
    public let timers: DurableTimers.Handler?
    /// Applies the supplier connector's answers; the sender settles each call through it.
    let answers: ConnectorAnswers

    /// - Parameters:
    ///   - index: the partition's number; `partitioning` says which orders are its own.
    public init(parts: ServiceParts, settings: DispatchSettings, partitioning: DispatchPartitioning, index: Int) {
        let clock = parts.clock
        let desk = JobDesk(
            outbox: parts.outbox, policy: settings.policy,
            shipping: ShippingPlanner(
                carriers: settings.carriers, confirmedDelivery: settings.confirmedDelivery,
                maxTransitDays: settings.maxTransitDays),
            wakeup: SenderWakeup())
        ordersHandler = OrdersStreamHandler(desk: desk, clock: clock) { partitioning.partition(of: $0) == index }
        inventoryHandler = InventoryStreamHandler(desk: desk, clock: clock)
        methods =
            DispatchMethods(
                store: parts.store, desk: desk, clock: clock, partition: DispatchPartitioning.instanceName(of: index),
                carriers: settings.carriers
            ).router
        timers = { timer, db in
            guard timer.kind == JobDesk.timerKind else { return }
            let due = try JSONCoding.decoder.decode(DeadlineTimer.self, from: timer.payload)
            let now = DomainTime.rounded(max(timer.due, try clock.now(in: db)))
            try desk.change(due.orderID, causation: nil, at: now, in: db) { job in
                try job.deadlinePassed(due.deadline, at: now)
            }
        }
        answers = ConnectorAnswers(store: parts.store, desk: desk, clock: clock)
    }

    /// Its supplier calls decided and not yet answered: the stepped clock waits for them (docs/architecture.md §4).
    public func queuedCalls(in db: Database) throws -> Int {
        try ConnectorCallRecords.pendingCount(in: db)
    }

    /// A connector call that has failed `ConnectorSender.alertAfterFailures` times in a row or more (it is still
    /// retried) is an alert in `status` until it succeeds.
    public func alerts(in db: Database) throws -> [String] {
        try ConnectorCallRecords.failingAlert(after: ConnectorSender.alertAfterFailures, in: db).map { [$0] } ?? []
    }

    public var consumptions: [Consumption] {
        [
            Consumption(source: StreamNames.orders, handler: ordersHandler),
            Consumption(source: StreamNames.inventory, handler: inventoryHandler),
        ]
    }

    /// Wakes the partition's sender after a transaction queued a connector call.
    var wakeup: SenderWakeup { answers.desk.wakeup }
}
