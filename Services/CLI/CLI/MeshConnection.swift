import ArgumentParser
import Foundation
import MeshConfig
import ServiceKit
import Streams
import Synchronization
import ZeroMQBus

/// The CLI's link to a running mesh: the loaded config, a ZeroMQ context and RPC clients, one per endpoint (each
/// client owns a socket thread, so a long-running command such as `demo` reuses them).
public final class MeshConnection: Sendable {
    public let configuration: MeshConfiguration
    let context: ZMQContext
    private let clients = Mutex<[String: RPCClient]>([:])

    private init(configuration: MeshConfiguration) throws {
        self.configuration = configuration
        context = try ZMQContext(maximumFrameBytes: Int64(configuration.streams.maxFrameBytes))
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
        try client(endpoint: configuration.supervisor.rpcEndpoint)
    }

    /// A client of an instance (`supervisor` names the supervisor itself).
    public func client(for instance: String) throws -> RPCClient {
        try client(endpoint: endpoints(of: instance).rpc)
    }

    /// The connection's client of `endpoint`, made on first use.
    private func client(endpoint: String) throws -> RPCClient {
        try clients.withLock { clients in
            if let client = clients[endpoint] { return client }
            let client = try RPCClient(endpoint: endpoint, context: context)
            clients[endpoint] = client
            return client
        }
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
        for client in clients.withLock({ $0.values }) { await client.close() }
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
