import Contracts
import Foundation
import Streams
import Synchronization

/// Calls the dispatch partitions over their RPC endpoints, one lazily made client per partition.
public final class RPCDispatchCaller: DispatchCaller {
    private let route: DispatchRoute
    private let makeClient: @Sendable (String) throws -> RPCClient
    private let timeout: Duration
    private let clients = Mutex<[String: RPCClient]>([:])

    /// - Parameters:
    ///   - route: which partition owns a purchase order.
    ///   - timeout: how long to wait for a partition's answer before trying again later.
    ///   - makeClient: a client for an instance name (`ServiceHost.client(for:)`).
    public init(
        route: DispatchRoute, timeout: Duration = .seconds(5),
        makeClient: @escaping @Sendable (String) throws -> RPCClient
    ) {
        self.route = route
        self.timeout = timeout
        self.makeClient = makeClient
    }

    public func call(_ method: String, body: Data, for purchaseOrderID: PurchaseOrderID) async throws {
        guard let instance = route.instanceName(for: purchaseOrderID) else {
            throw RPCFailure(code: "unroutable", message: "\(purchaseOrderID) names no order, so no dispatch partition")
        }
        let client = try clients.withLock { clients in
            if let client = clients[instance] { return client }
            let client = try makeClient(instance)
            clients[instance] = client
            return client
        }
        _ = try await client.call(method, body: body, timeout: timeout)
    }
}
