import Contracts
import Foundation
import MeshConfig
import ServiceKit
import Streams
import Synchronization
import TestSupport
import ZeroMQBus

/// Stateless hosts on real ZeroMQ `ipc://` endpoints in a temporary state folder: a mesh config naming them, each
/// host run until the test stops it, and clients from outside the hosts.
final class StatelessMesh: Sendable {
    let directory: TemporaryDirectory
    let configuration: MeshConfiguration
    let context: ZMQContext
    private let clients = Mutex<[RPCClient]>([])

    /// A mesh config with one stateless service per name in `services` (none of them started).
    init(services: [String]) throws {
        directory = try TemporaryDirectory()
        let file = directory.file("mesh.yaml")
        try MeshBlueprint(
            stateDirectory: directory.file("state"),
            processes: services.map { MeshBlueprint.Process($0, executable: "dropline-\($0)") }
        ).write(to: file)
        configuration = try MeshConfiguration.load(file: file, environment: [:], overrides: [])
        context = try ZMQContext()
    }

    /// A client from outside the hosts to `instance`'s RPC endpoint.
    func client(_ instance: String) throws -> RPCClient {
        guard let target = configuration.instance(named: instance) else {
            throw ServiceHostError.unknownInstance(instance)
        }
        let client = try RPCClient(endpoint: target.rpcEndpoint, context: context)
        clients.withLock { $0.append(client) }
        return client
    }

    /// Closes the clients, terminates the context, removes the folder.
    func tearDown() async {
        for client in clients.withLock({ $0 }) { await client.close() }
        context.terminate()
        directory.remove()
    }
}

/// A running stateless host: `stop()` ends it as a signal would, `finished()` waits until `run` returned.
struct RunningHost: Sendable {
    let host: StatelessHost
    private let stopper: AsyncStream<Void>.Continuation
    private let task: Task<Void, any Error>

    /// Opens `name` and runs it with `methods` and `background` until `stop()`.
    init(
        _ name: String, in mesh: StatelessMesh, methods: RPCRouter = RPCRouter(),
        background: [@Sendable () async throws -> Void] = []
    ) async throws {
        self.init(
            try await StatelessHost(name: name, configuration: mesh.configuration), methods: methods,
            background: background)
    }

    /// Runs `host` with `methods` and `background` until `stop()`.
    init(
        _ host: StatelessHost, methods: RPCRouter = RPCRouter(), background: [@Sendable () async throws -> Void] = []
    ) {
        let (stopped, stopper) = AsyncStream.makeStream(of: Void.self)
        self.host = host
        self.stopper = stopper
        task = Task {
            try await host.run(methods: methods, background: background) {
                for await _ in stopped { return }
            }
        }
    }

    func stop() { stopper.yield() }

    /// Waits until the host's `run` returned, rethrowing its error.
    func finished() async throws { try await task.value }
}
