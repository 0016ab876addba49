import Contracts
import Foundation
import Streams
import Synchronization

/// Calls the tracking instance over its RPC endpoint, with one client made at the first call.
public final class RPCTrackingCaller: TrackingCaller {
    /// The tracking instance's name, e.g. `tracking`.
    public let instanceName: String
    private let makeClient: @Sendable (String) throws -> RPCClient
    private let timeout: Duration
    private let client = Mutex<RPCClient?>(nil)

    /// - Parameters:
    ///   - instanceName: the instance that answers `tracking.scan`.
    ///   - timeout: how long to wait for its answer before trying again later.
    ///   - makeClient: a client for an instance name (`ServiceHost.client(for:)`).
    public init(
        instanceName: String, timeout: Duration = .seconds(5),
        makeClient: @escaping @Sendable (String) throws -> RPCClient
    ) {
        self.instanceName = instanceName
        self.timeout = timeout
        self.makeClient = makeClient
    }

    public func call(_ method: String, body: Data) async throws {
        let client = try client.withLock { client in
            if let client { return client }
            let made = try makeClient(instanceName)
            client = made
            return made
        }
        _ = try await client.call(method, body: body, timeout: timeout)
    }
}
