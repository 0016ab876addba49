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
/// planned when it arrives (`FatePlanner`, seeded) and played on domain time by durable timers (`SupplierDesk`);
/// the supplier's answers go to the dispatch partition that owns the purchase order (`purchase_orders.acknowledge`,
/// `.ship`, `.reject`) through the `outgoingCall` queue and `OutgoingCallSender`. Publishes its own facts on its
/// stream (`simulator`): `sim.purchase_order_received`, `sim.acknowledged`, `sim.shipped`, `sim.rejected`,
/// `sim.cancelled`. Consumes only the clock.
///
/// Settings, under `services.simulator.settings` (`SimulatorSettings`), e.g. `--set
/// services.simulator.settings.reject_rate=0.1`.
///
/// Built from its `ServiceParts`, the settings and a `DispatchCaller`, so that tests drive the router, the timer
/// handler and the sender without sockets; `run(host:)` only wires them to the host.
public struct SimulatorService: DomainService {
    /// The connector's and the controls' RPCs.
    public let methods: RPCRouter
    /// Plays the purchase orders' steps inside the caller's (the clock's) transaction.
    public let timers: DurableTimers.Handler?
    /// Delivers the supplier's answers to Dispatch; runs beside the host's loops.
    public let sender: OutgoingCallSender
    /// Where the supplier's answers go: the dispatch partition that owns each purchase order.
    public let dispatch: any DispatchCaller

    public init(parts: ServiceParts, settings: SimulatorSettings, dispatch: any DispatchCaller) {
        let desk = SupplierDesk(outbox: parts.outbox, clock: parts.clock, settings: settings)
        let committer = GroupCommitWriter(writer: parts.store)
        let simulatorMethods = SimulatorMethods(
            store: parts.store, desk: desk, committer: committer, latency: settings.latency)
        methods = simulatorMethods.router
        timers = { timer, db in try desk.timerFired(timer, in: db) }
        sender = OutgoingCallSender(
            store: parts.store, dispatch: dispatch, concurrency: settings.callsInFlight, logger: parts.logger)
        self.dispatch = dispatch
    }

    /// Its answers to Dispatch not yet delivered: the stepped clock waits for them (docs/architecture.md §4).
    public func queuedCalls(in db: Database) throws -> Int {
        try OutgoingCallRecords.pendingCount(in: db)
    }

    /// Reads the settings and the dispatch partitions from the mesh config, then serves the RPCs, plays the timers
    /// and sends the answers until shutdown.
    public static func run(host: ServiceHost) async throws {
        let settings = try SimulatorSettings(host.settingsReader)
        let route = try DispatchRoute(
            configuration: host.configuration, dispatchService: settings.dispatchService,
            simulatorService: host.instance.serviceName)
        host.logger.info(
            "Simulated suppliers",
            metadata: [
                "seed": "\(settings.seed)", "latency": "\(settings.latency)",
                "ack.minutes": "\(settings.behaviour.ackDelayMinutes)",
                "ship.hours": "\(settings.behaviour.shipDelayHours)",
                "dispatch.partitions": "\(route.instanceNames.count)",
            ])
        let dispatch = RPCDispatchCaller(route: route) { try host.client(for: $0) }
        let service = SimulatorService(parts: host.parts, settings: settings, dispatch: dispatch)
        try await host.run(service, background: [{ await service.sender.run() }])
    }
}
