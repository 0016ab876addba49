import Contracts
import Foundation
import Logging
import MeshConfig
import Streams
import ZeroMQBus

/// What every mesh process has, whether it owns a store (`ServiceHost`) or not (`StatelessHost`): its instance in
/// the mesh config, its logger, its ZeroMQ context and the endpoint that answers its RPCs (and, for a publisher,
/// sends its stream). It makes the clients to other instances, serves requests, answers `health`, `status` and
/// `metrics`, and ends the process cleanly.
final class HostCore: Sendable {
    let instance: InstanceSettings
    let configuration: MeshConfiguration
    let logger: Logger
    let context: ZMQContext
    let endpoint: StreamEndpoint
    let startedAt = Date()
    let startedInstant = ContinuousClock.now

    /// The instance name.
    var name: String { instance.name }

    /// Binds the instance's RPC endpoint (and `publication`'s, when given) on a new ZeroMQ context.
    init(
        instance: InstanceSettings, configuration: MeshConfiguration, logger: Logger,
        publication: StreamEndpoint.Publication?
    ) async throws {
        self.instance = instance
        self.configuration = configuration
        self.logger = logger
        context = try ZMQContext()
        for endpoint in [instance.rpcEndpoint] + (publication.map { [$0.publishEndpoint] } ?? []) {
            try Endpoints.prepareToBind(endpoint)
        }
        let streams = configuration.streams
        endpoint = try await StreamEndpoint(
            publication: publication,
            options: .init(
                rpcEndpoint: instance.rpcEndpoint, heartbeatInterval: streams.heartbeatInterval,
                maxMessageBytes: streams.maxMessageBytes, maxCredit: UInt64(streams.fetchCredit) * 10),
            context: context, logger: logger)
    }

    /// The logger of `instance`: its service's log level, else the mesh's. Warns once about `DROPLINE_*`
    /// variables that matched no config key.
    static func logger(for instance: InstanceSettings, configuration: MeshConfiguration) -> Logger {
        var logger = Logger(label: instance.name)
        logger.logLevel =
            Logger.Level(rawValue: configuration.service(named: instance.serviceName)?.logLevel ?? "")
            ?? Logger.Level(rawValue: configuration.logLevel) ?? .info
        if !configuration.unmatchedEnvironment.isEmpty {
            logger.warning(
                "Environment variables match no config key",
                metadata: ["variables": "\(configuration.unmatchedEnvironment.joined(separator: ", "))"])
        }
        return logger
    }

    // MARK: - Clients

    /// A client for another instance's RPCs (its endpoint from the mesh config).
    func client(for instanceName: String) throws -> RPCClient {
        guard let target = configuration.instance(named: instanceName) else {
            throw ServiceHostError.unknownInstance(instanceName)
        }
        return try RPCClient(endpoint: target.rpcEndpoint, context: context)
    }

    /// A client for the supervisor's RPCs (`supervisor.*`, `clock.*`).
    func supervisorClient() throws -> RPCClient {
        try RPCClient(endpoint: configuration.supervisor.rpcEndpoint, context: context)
    }

    // MARK: - Methods every process answers

    /// Adds `health`, `metrics`, `status` and `clock.progress` to `router`; `status` answers what `report` makes of
    /// the sorted names of every method the router then has, `clock.progress` what `progress` reads.
    func addCommonMethods(
        to router: inout RPCRouter,
        status report: @escaping @Sendable (_ methods: [String]) async throws -> ServiceStatusReport,
        progress: @escaping @Sendable (ClockProgressRequest) async throws -> ClockProgress
    ) {
        let names = Array(Set(router.names + ["health", "metrics", "status", "clock.progress"])).sorted()
        router.register("health", params: Empty.self) { _ in
            HealthReport(name: self.name, pid: getpid(), ok: true)
        }
        router.register("status", params: Empty.self) { _ in try await report(names) }
        router.register("metrics") { _ in Data(Observability.exposition().utf8) }
        router.register("clock.progress", params: ClockProgressRequest.self) { request in try await progress(request) }
    }

    /// This process's `status` answer with what only its host knows.
    func statusReport(
        domainTime: Date?, publication: PublicationStatus?, subscriptions: [SubscriptionStatus], deadLetters: Int,
        methods: [String], alerts: [String] = []
    ) -> ServiceStatusReport {
        ServiceStatusReport(
            name: name, pid: getpid(), startedAt: startedAt,
            uptimeSeconds: Double((ContinuousClock.now - startedInstant).components.seconds),
            clockMode: configuration.clock.mode.rawValue, domainTime: domainTime, publication: publication,
            subscriptions: subscriptions, deadLetters: deadLetters, methods: methods,
            alerts: alerts.isEmpty ? nil : alerts)
    }

    // MARK: - Serving and stopping

    /// Answers RPC requests concurrently until the endpoint stops.
    func serve(_ router: RPCRouter) async {
        await withDiscardingTaskGroup { group in
            for await request in endpoint.requests {
                group.addTask {
                    let (ok, body) = await router.handle(
                        method: request.method, body: request.body, logger: self.logger)
                    if ok {
                        self.endpoint.reply(to: request, result: body)
                    } else {
                        self.endpoint.reply(to: request, error: body)
                    }
                }
            }
        }
    }

    /// Terminates the ZeroMQ context (after the endpoint and every client closed their sockets: the clients'
    /// threads end when the context goes) and logs the stop.
    func terminate() {
        context.terminate()
        logger.info("Stopped")
    }

    /// Returns when the supervisor that started this process has died (its pid is no longer our parent); never
    /// (until cancelled) for a process the supervisor did not start.
    func supervisorDeath() async {
        guard let text = ProcessInfo.processInfo.environment["DROPLINE_SUPERVISOR_PID"], let pid = Int32(text) else {
            try? await Task.sleep(for: .seconds(Int64.max / 2))
            return
        }
        while !Task.isCancelled && getppid() == pid {
            try? await Task.sleep(for: .milliseconds(250))
        }
        if !Task.isCancelled {
            logger.warning("Supervisor is gone; shutting down", metadata: ["supervisor.pid": "\(pid)"])
        }
    }
}
