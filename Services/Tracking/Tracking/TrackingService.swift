import Contracts
import GRDB
import Logging
import MeshConfig
import ServiceKit
import Streams

/// The tracking service (R8-R11, and R12's 30-day flag): follows every released order to its shipment and its
/// parcel to the customer's door, on durable deadlines in domain time.
///
/// Publishes `tracking`: `shipment.registered`, `shipment.scanned`, `shipment.confirmed_fulfilled`,
/// `shipment.delivered`, `shipment.stalled`, `infraction.recorded`. Consumes `orders` (`order.released`,
/// `order.refunded`, `order.cancelled`, `order.delivery_confirmed`) and every dispatch partition
/// (`purchase_order.sent`, `purchase_order.shipped`), each through its `<Publisher>StreamHandler` and the
/// `ShipmentDesk`. Answers `tracking.scan`, `tracking.show`, `tracking.lanes` and `tracking.infractions`
/// (`TrackingMethods`). Durable timers per order: `fulfilment-deadline:<order>` at release + 5 days (R8),
/// `confirmation-deadline:<order>` at release + 7 days (R10), `stall:<order>` at the last scan + 7 days.
///
/// Settings, under `services.tracking.settings` (`TrackingSettings`): `fulfilment_deadline_days`,
/// `confirmation_deadline_days`, `stalled_after_days`, `late_fulfillment_penalty`, `lane_minimum_parcels`,
/// `default_transit_days`.
///
/// Built from its `ServiceParts`, settings and the dispatch partitions' names, with no socket, so that tests drive
/// the handlers, the router and the timer handler as the host does; `run(host:)` only wires them to the host.
public struct TrackingService: DomainService {
    public let consumptions: [Consumption]
    public let methods: RPCRouter
    /// Applies every input to the store, in the caller's transaction.
    let desk: ShipmentDesk

    /// - Parameter dispatchPartitions: the dispatch partitions' instance names (`dispatch.p0` …), whose purchase
    ///   orders ship the parcels.
    public init(parts: ServiceParts, settings: TrackingSettings, dispatchPartitions: [String]) {
        let desk = ShipmentDesk(outbox: parts.outbox, clock: parts.clock, settings: settings)
        let dispatch = DispatchStreamHandler(desk: desk)
        consumptions =
            [Consumption(source: StreamNames.orders, handler: OrdersStreamHandler(desk: desk))]
            + dispatchPartitions.map { Consumption(source: $0, handler: dispatch) }
        methods = TrackingMethods(store: parts.store, desk: desk).router
        self.desk = desk
    }

    /// Fires deadline and stall timers inside the caller's transaction.
    public var timers: DurableTimers.Handler? {
        { [desk] timer, db in try desk.timerFired(timer, in: db) }
    }

    /// Reads the settings from the mesh config, then consumes `orders` and the dispatch partitions, serves the
    /// RPCs and fires the timers until shutdown.
    public static func run(host: ServiceHost) async throws {
        let settings = try TrackingSettings(host.settingsReader)
        host.logger.info(
            "Tracking policy",
            metadata: [
                "fulfilment.days": "\(settings.fulfilmentDeadlineDays)",
                "confirmation.days": "\(settings.confirmationDeadlineDays)",
                "stalled.days": "\(settings.stalledAfterDays)",
            ])
        let partitions = host.configuration.service(named: DispatchPartitioning.serviceName)?.partitionNames ?? []
        try await host.run(TrackingService(parts: host.parts, settings: settings, dispatchPartitions: partitions))
    }
}
