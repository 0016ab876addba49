import Contracts
import Foundation
import Logging
import MeshConfig
import Streams

/// One running mesh process that owns no store (the HTTP gateway): no outbox, no subscriptions, no timers and no
/// domain time of its own. Like `ServiceHost` it binds its RPC endpoint from the mesh config and answers `health`,
/// `status` (with no publication and no subscriptions) and `metrics` beside its own methods, gives RPC clients to
/// other instances, runs background loops, and stops cleanly on SIGTERM/SIGINT or the supervisor's death.
///
/// The supervisor watches it as it watches every child, through `health`: it has no stream, so no heartbeat
/// is expected of it. Its instance's `store` and `pub` in the mesh config are left unused.
public final class StatelessHost: Sendable {
    let core: HostCore

    /// The instance name, e.g. `gateway`.
    public var name: String { core.name }
    public var configuration: MeshConfiguration { core.configuration }
    public var instance: InstanceSettings { core.instance }
    public var logger: Logger { core.logger }

    /// Binds the RPC endpoint of the instance `name`.
    public init(name: String, configuration: MeshConfiguration) async throws {
        guard let instance = configuration.instance(named: name) else { throw ServiceHostError.unknownInstance(name) }
        let logger = HostCore.logger(for: instance, configuration: configuration)
        try PrivateFiles.secureFolder(configuration.stateDirectory, logger: logger)
        core = try await HostCore(instance: instance, configuration: configuration, logger: logger, publication: nil)
        logger.info("Started", metadata: ["rpc": "\(instance.rpcEndpoint)", "stateless": "true"])
    }

    /// What a stateless executable's `main` does first: load the mesh config from `options` (a bad value prints
    /// one line and exits 2), bootstrap logging and metrics, and open the host for the named instance.
    public static func launch(_ options: ServiceOptions, defaultName: String) async throws -> StatelessHost {
        let configuration = try options.loadConfigurationAndBootstrap()
        return try await StatelessHost(name: options.instanceName(default: defaultName), configuration: configuration)
    }

    /// A client for another instance's RPCs (its endpoint from the mesh config).
    public func client(for instanceName: String) throws -> RPCClient {
        try core.client(for: instanceName)
    }

    /// A client for the supervisor's RPCs (`supervisor.*`, `clock.*`).
    public func supervisorClient() throws -> RPCClient {
        try core.supervisorClient()
    }

    /// Answers `methods` (with `health`, `status` and `metrics` added) and runs `background` until SIGTERM/SIGINT
    /// or the supervisor's death, then stops: the loops are cancelled, the endpoint closes, the ZeroMQ context
    /// terminates.
    public func run(methods: RPCRouter = RPCRouter(), background: [@Sendable () async throws -> Void] = [])
        async throws
    {
        try await HostedProcess.runUntilSignalled(
            core, router: router(methods), loops: background, shutDown: { await self.shutDown() })
    }

    /// Runs like `run`, but without signal handling of its own: stops as `run` does when `stop` returns (a test,
    /// or a process that hosts it beside other work).
    public func run(
        methods: RPCRouter = RPCRouter(), background: [@Sendable () async throws -> Void] = [],
        until stop: @escaping @Sendable () async -> Void
    ) async throws {
        let hosted = HostedProcess(
            core: core, router: router(methods), loops: background, stop: stop, shutDown: { await self.shutDown() })
        try await hosted.run()
    }

    /// `methods` with `health`, `status` and `metrics` added.
    private func router(_ methods: RPCRouter) -> RPCRouter {
        var router = methods
        core.addCommonMethods(
            to: &router,
            status: { methods in
                self.core.statusReport(
                    domainTime: nil, publication: nil, subscriptions: [], deadLetters: 0, methods: methods)
            },
            progress: { _ in ClockProgress(name: self.name, pid: getpid()) })
        return router
    }

    private func shutDown() async {
        await core.endpoint.stop()
        core.terminate()
    }
}
