import Contracts
import GRDB
import Logging
import MeshConfig
import ServiceKit
import Streams

/// The simulator (`dropline-simulator`): plays the suppliers for the demo, tests and load runs, and is the
/// supplier connector Dispatch calls (R6, R7, R15).
///
/// Answers `supplier.purchase_order` and `supplier.cancel` (Dispatch's calls), `simulator.suppliers.set`,
/// `simulator.suppliers.list` and `simulator.purchase_orders` (`SimulatorMethods`). Each purchase order's fate is
/// planned when it arrives (`FatePlanner`, seeded) and played on domain time by durable timers (`SupplierWorld`);
/// the supplier's answers go to the dispatch partition that owns the purchase order (`purchase_orders.acknowledge`,
/// `.ship`, `.reject`) through the `outgoingCall` queue and `OutgoingCallSender`. Publishes its own facts on its
/// stream (`simulator`): `sim.purchase_order_received`, `sim.acknowledged`, `sim.shipped`, `sim.rejected`,
/// `sim.cancelled`. Consumes only the clock.
///
/// Settings, under `services.simulator.settings` (`SimulatorSettings`), e.g. `--set
/// services.simulator.settings.reject_rate=0.1`.
///
/// Built from a store, its outbox, a domain clock, the settings and a `DispatchCaller`, so that tests drive the
/// router, the timer handler and the sender without sockets; `run(host:)` only wires them to the host.
public struct SimulatorService: Sendable {
    /// The connector's and the controls' RPCs.
    public let router: RPCRouter
    /// Plays the purchase orders' steps inside the caller's (the clock's) transaction.
    public let timers: DurableTimers.Handler
    /// Delivers the supplier's answers to Dispatch.
    public let sender: OutgoingCallSender

    public init(
        store: any DatabaseWriter, outbox: Outbox, clock: DomainClock, settings: SimulatorSettings,
        dispatch: any DispatchCaller, logger: Logger
    ) {
        let world = SupplierWorld(outbox: outbox, clock: clock, settings: settings)
        router = SimulatorMethods.router(
            store: store, world: world, committer: GroupCommitWriter(writer: store), latency: settings.latency)
        timers = { timer, db in try world.timerFired(timer, in: db) }
        sender = OutgoingCallSender(
            store: store, dispatch: dispatch, concurrency: settings.callsInFlight, logger: logger)
    }

    /// Reads the settings and the dispatch partitions from the mesh config, then serves the RPCs, plays the timers
    /// and sends the answers until shutdown.
    public static func run(host: ServiceHost) async throws {
        let serviceName = host.instance.serviceName
        let settings = try SimulatorSettings(
            host.configuration.service(named: serviceName)?.settings ?? [:], service: serviceName)
        let route = try DispatchRoute(
            configuration: host.configuration, dispatchService: settings.dispatchService,
            simulatorService: serviceName)
        host.logger.info(
            "Simulated suppliers",
            metadata: [
                "seed": "\(settings.seed)", "latency": "\(settings.latency)",
                "ack.minutes": "\(settings.behaviour.ackDelayMinutes)",
                "ship.hours": "\(settings.behaviour.shipDelayHours)",
                "dispatch.partitions": "\(route.instanceNames.count)",
            ])
        let dispatch = RPCDispatchCaller(route: route) { try host.client(for: $0) }
        let service = SimulatorService(
            store: host.store, outbox: host.outbox, clock: host.clock, settings: settings, dispatch: dispatch,
            logger: host.logger)
        try await host.run(
            methods: service.router, timers: service.timers, background: [{ await service.sender.run() }])
    }
}
