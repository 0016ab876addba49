import Contracts
import GRDB
import Logging
import MeshConfig
import ServiceKit
import Streams

/// The simulator (`dropline-simulator`): plays the suppliers for the demo, tests and load runs, and is the
/// supplier connector Dispatch calls (R6, R7, R15); plays the carriers too, when the mesh has a tracking service
/// (R10, R11).
///
/// Answers `supplier.purchase_order` and `supplier.cancel` (Dispatch's calls), `simulator.suppliers.set`,
/// `simulator.suppliers.list` and `simulator.purchase_orders` (`SimulatorMethods`). Each purchase order's fate is
/// planned when it arrives (`FatePlanner`, seeded) and played on domain time by durable timers (`SupplierDesk`);
/// the supplier's answers go to the dispatch partition that owns the purchase order (`purchase_orders.acknowledge`,
/// `.ship`, `.reject`) through the `outgoingCall` queue and `OutgoingCallSender`. Publishes its own facts on its
/// stream (`simulator`): `sim.purchase_order_received`, `sim.acknowledged`, `sim.shipped`, `sim.rejected`,
/// `sim.cancelled`. Consumes the clock and, when the mesh config has the `tracking` setting's service, its stream:
/// each `shipment.registered` hands the parcel to its simulated carrier, whose journey is drawn then
/// (`JourneyPlanner`, seeded; rates per carrier from `simulator.carrier_behaviour.set`, else the settings) and
/// played on durable timers (`CarrierDesk`), each scan queued as a `tracking.scan` call to the tracking instance
/// through the same `outgoingCall` queue and sender.
///
/// Settings, under `services.simulator.settings` (`SimulatorSettings`), e.g. `--set
/// services.simulator.settings.reject_rate=0.1`.
///
/// Built from its `ServiceParts`, the settings, a `DispatchCaller` and a `TrackingCaller`, so that tests drive the
/// router, the stream handler, the timer handler and the sender without sockets; `run(host:)` only wires them to
/// the host.
public struct SimulatorService: DomainService {
    /// The connector's and the controls' RPCs.
    public let methods: RPCRouter
    /// Plays the purchase orders' steps inside the caller's (the clock's) transaction.
    public let timers: DurableTimers.Handler?
    /// Delivers the supplier's answers to Dispatch; runs beside the host's loops.
    public let sender: OutgoingCallSender
    /// Where the supplier's answers go: the dispatch partition that owns each purchase order.
    public let dispatch: any DispatchCaller
    /// Where the carriers' scans go; nil when the mesh has no tracking service, and then no carrier plays.
    public let tracking: (any TrackingCaller)?
    /// The `tracking` stream, when the carriers play.
    public let consumptions: [Consumption]

    /// - Parameter tracking: the tracking instance `settings.trackingService` names, or nil when the mesh config
    ///   has none: the simulator then consumes no `tracking` stream.
    public init(
        parts: ServiceParts, settings: SimulatorSettings, dispatch: any DispatchCaller,
        tracking: (any TrackingCaller)? = nil
    ) {
        let desk = SupplierDesk(outbox: parts.outbox, clock: parts.clock, settings: settings)
        let carriers = CarrierDesk(settings: settings)
        let committer = GroupCommitWriter(writer: parts.store)
        let simulatorMethods = SimulatorMethods(
            store: parts.store, desk: desk, committer: committer, latency: settings.latency)
        methods = simulatorMethods.router
        timers = { timer, db in
            try desk.timerFired(timer, in: db)
            try carriers.timerFired(timer, in: db)
        }
        sender = OutgoingCallSender(
            store: parts.store, dispatch: dispatch, tracking: tracking, concurrency: settings.callsInFlight,
            logger: parts.logger)
        self.dispatch = dispatch
        self.tracking = tracking
        consumptions =
            tracking == nil
            ? [] : [Consumption(source: settings.trackingService, handler: TrackingStreamHandler(desk: carriers))]
    }

    /// Its answers to Dispatch and scans to Tracking not yet delivered: the stepped clock waits for them
    /// (docs/architecture.md §4).
    public func queuedCalls(in db: Database) throws -> Int {
        try OutgoingCallRecords.pendingCount(in: db)
    }

    /// Reads the settings, the dispatch partitions and the tracking service (if any) from the mesh config, then
    /// serves the RPCs, consumes `tracking`, plays the timers and sends the calls until shutdown.
    public static func run(host: ServiceHost) async throws {
        var settings = try SimulatorSettings(host.settingsReader)
        settings.carriers = host.configuration.carriers
        let route = try DispatchRoute(
            configuration: host.configuration, dispatchService: settings.dispatchService,
            simulatorService: host.instance.serviceName)
        let trackingService = host.configuration.service(named: settings.trackingService)
        host.logger.info(
            "Simulated suppliers",
            metadata: [
                "seed": "\(settings.seed)", "latency": "\(settings.latency)",
                "ack.minutes": "\(settings.behaviour.ackDelayMinutes)",
                "ship.hours": "\(settings.behaviour.shipDelayHours)",
                "dispatch.partitions": "\(route.instanceNames.count)",
                "tracking": "\(trackingService?.name ?? "none")",
            ])
        let dispatch = RPCDispatchCaller(route: route) { try host.client(for: $0) }
        let tracking = trackingService.map { service in
            RPCTrackingCaller(instanceName: service.name) { try host.client(for: $0) }
        }
        let service = SimulatorService(
            parts: host.parts, settings: settings, dispatch: dispatch, tracking: tracking)
        try await host.run(service, background: [{ await service.sender.run() }])
    }
}
