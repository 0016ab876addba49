import ArgumentParser
import Foundation
import MeshConfig
import ServiceKit
import Streams
import Synchronization
import ZeroMQBus

/// The CLI's link to a running mesh: the loaded config, a ZeroMQ context and RPC clients.
public final class MeshConnection: Sendable {
    public let configuration: MeshConfiguration
    let context: ZMQContext
    private let clients = Mutex<[RPCClient]>([])

    private init(configuration: MeshConfiguration) throws {
        self.configuration = configuration
        context = try ZMQContext()
    }

    /// Loads the config from the shared options (exit 2 on a bad value), runs `body` with a connection,
    /// and closes every client and the context afterwards, whether `body` returned or threw.
    public static func with<T: Sendable>(
        _ options: ServiceOptions, _ body: (MeshConnection) async throws -> T
    ) async throws -> T {
        let mesh = try MeshConnection(configuration: options.loadConfiguration())
        do {
            let result = try await body(mesh)
            await mesh.close()
            return result
        } catch {
            await mesh.close()
            throw error
        }
    }

    /// A client of the supervisor.
    public func supervisor() throws -> RPCClient {
        try track(RPCClient(endpoint: configuration.supervisor.rpcEndpoint, context: context))
    }

    /// A client of an instance (`supervisor` names the supervisor itself).
    public func client(for instance: String) throws -> RPCClient {
        try track(RPCClient(endpoint: endpoints(of: instance).rpc, context: context))
    }

    private func track(_ client: RPCClient) -> RPCClient {
        clients.withLock { $0.append(client) }
        return client
    }

    /// The endpoints of the publisher of `stream` (the stream `clock` is the supervisor's).
    public func endpoints(of stream: String) throws -> (rpc: String, pub: String) {
        if stream == "clock" || stream == "supervisor" {
            return (configuration.supervisor.rpcEndpoint, configuration.supervisor.clockEndpoint)
        }
        guard let instance = configuration.instance(named: stream) else {
            let known = configuration.services.flatMap(\.instanceNames) + ["clock"]
            throw ValidationError("No stream or instance named \(stream); known: \(known.joined(separator: ", ")).")
        }
        return (instance.rpcEndpoint, instance.publishEndpoint)
    }

    private func close() async {
        for client in clients.withLock({ $0 }) { await client.close() }
        context.terminate()
    }
}

/// A runtime failure the CLI reports in one line with exit status 1.
public struct CommandFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
