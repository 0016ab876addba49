import Contracts
import Foundation
import Logging
import MeshConfig
import ProcessControl
import ServiceKit
import Streams
import Synchronization

/// Starts the mesh's processes from the config, keeps them alive, reports on them and stops them in order
/// (docs/architecture.md §5). It is itself a service host: its ROUTER answers `supervisor.*` and `clock.*`, and
/// it publishes the `clock` stream of simulated time.
public final class MeshSupervisor: Sendable {
    let host: ServiceHost
    let table: ChildTable
    let specs: ChildSpecs
    let clients = Mutex<[String: RPCClient]>([:])
    let health = Mutex<[String: Int]>([:])
    let groupSizes: Mutex<[String: Int]>
    /// Whether a clock advance is under way (one at a time).
    let advancing = Mutex(false)
    var configuration: MeshConfiguration { host.configuration }
    var logger: Logger { host.logger }

    /// Opens the supervisor's store and endpoint, writes the effective config for the children.
    public init(configuration: MeshConfiguration) async throws {
        let settings = configuration.supervisor
        let instance = InstanceSettings(
            name: "supervisor", serviceName: "supervisor", publishEndpoint: settings.clockEndpoint,
            rpcEndpoint: settings.rpcEndpoint, storePath: settings.storePath)
        host = try await ServiceHost(
            instance: instance, stream: StreamNames.clock, configuration: configuration, publishes: true,
            migrations: { _ in })
        let configFile = "\(configuration.stateDirectory)/mesh.yaml"
        try configuration.renderYAML().write(toFile: configFile, atomically: true, encoding: .utf8)
        specs = ChildSpecs(configFile: configFile, executableDirectory: ChildSpecs.ownDirectory())
        let width = configuration.services.flatMap(\.instanceNames).map(\.count).max() ?? 12
        let logger = host.logger
        table = ChildTable(
            policy: RestartPolicy(
                initialDelay: settings.backoffInitial, maximumDelay: settings.backoffMax,
                crashLoopRestarts: settings.crashLoopRestarts, crashLoopWindow: settings.crashLoopWindow),
            nameWidth: max(width, 12), logger: logger,
            onEvent: { event in MeshSupervisor.log(event, logger) })
        groupSizes = Mutex(Dictionary(uniqueKeysWithValues: configuration.services.map { ($0.name, $0.instances) }))
    }

    /// Starts every instance in config order, each after the previous answers `health`, then supervises
    /// until SIGTERM/SIGINT or `supervisor.stop`, and stops the children in reverse order.
    public func run() async throws {
        try await publishRecordedTime()
        let methods = rpcMethods()
        try await host.run(
            methods: methods,
            background: [{ try await self.startAll() }, { await self.monitorLiveness() }],
            beforeShutdown: { await self.stopChildren() })
    }

    func startAll() async throws {
        for service in configuration.services {
            for name in service.instanceNames {
                guard let instance = configuration.instance(named: name) else { continue }
                try await start(instance, of: service)
            }
        }
        logger.info("Mesh started", metadata: ["processes": "\(table.snapshot().count)"])
    }

    /// Spawns one instance and waits (bounded) until it answers `health`.
    func start(_ instance: InstanceSettings, of service: ServiceSettings) async throws {
        try await table.add(specs.spec(for: instance, of: service))
        let deadline = ContinuousClock.now + configuration.supervisor.healthTimeout
        while ContinuousClock.now < deadline {
            if await isHealthy(instance.name, timeout: .milliseconds(500)) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        logger.error("Process did not answer health in time", metadata: ["child.name": "\(instance.name)"])
    }

    func stopChildren() async {
        logger.info("Stopping the mesh")
        await table.stopAll(grace: configuration.supervisor.grace)
        for client in clients.withLock({ Array($0.values) }) { await client.close() }
    }

    /// The RPC client of an instance, made once.
    func client(_ name: String) throws -> RPCClient {
        if let client = clients.withLock({ $0[name] }) { return client }
        let client = try host.client(for: name)
        return clients.withLock { clients in
            if let existing = clients[name] { return existing }
            clients[name] = client
            return client
        }
    }

    func isHealthy(_ name: String, timeout: Duration) async -> Bool {
        guard let client = try? client(name) else { return false }
        return (try? await client.call("health", timeout: timeout)) != nil
    }

    static func log(_ event: ChildEvent, _ logger: Logger) {
        switch event {
        case .started(let name, let pid):
            logger.info("Process started", metadata: ["child.name": "\(name)", "child.pid": "\(pid)"])
        case .spawnFailed(let name, let error):
            logger.error("Process could not be started", metadata: ["child.name": "\(name)", "error": "\(error)"])
        case .exited(let name, let termination):
            logger.notice("Process exited", metadata: ["child.name": "\(name)", "termination": "\(termination)"])
        case .restarting(let name, let delay):
            logger.warning("Restarting process", metadata: ["child.name": "\(name)", "after": "\(delay)"])
        case .crashLoop(let name):
            logger.error("Process is crash-looping", metadata: ["child.name": "\(name)"])
        }
    }
}

extension MeshSupervisor {
    /// What `main` does: load the mesh config (a bad value prints one line and exits 2), bootstrap logging
    /// and metrics, open the supervisor.
    public static func launch(_ options: ServiceOptions) async throws -> MeshSupervisor {
        try await MeshSupervisor(configuration: options.loadConfigurationAndBootstrap())
    }
}
