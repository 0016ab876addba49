import Contracts
import Streams

/// Reserves an order's stock before the order is stored: placement's one synchronous hop (R2,
/// docs/architecture.md §2).
///
/// The service uses `RPCStockReserver`; tests give it an in-process reserver.
public protocol StockReserver: Sendable {
    /// Reserves `request.quantity` units for `request.orderID`, idempotently on the order id and on the placement's
    /// idempotency key, for `ttlSeconds`; the answer names the order the units are held for (`ReserveStockResult`).
    /// - Throws: Inventory's refusal as it came (`sold_out`, `insufficient_stock`, … naming the field), or
    ///   `unavailable` when Inventory did not answer.
    func reserve(_ request: ReserveStockRequest) async throws(RPCFailure) -> ReserveStockResult
}

/// Reserves over Inventory's `inventory.reserve` RPC.
public struct RPCStockReserver: StockReserver {
    private let client: RPCClient
    private let timeout: Duration

    /// - Parameters:
    ///   - client: a client for the inventory instance.
    ///   - timeout: how long to wait for Inventory before answering `unavailable`; a reservation made meanwhile
    ///     expires with its TTL.
    public init(client: RPCClient, timeout: Duration = .seconds(5)) {
        self.client = client
        self.timeout = timeout
    }

    public func reserve(_ request: ReserveStockRequest) async throws(RPCFailure) -> ReserveStockResult {
        do {
            return try await client.call(
                "inventory.reserve", params: request, as: ReserveStockResult.self, timeout: timeout)
        } catch RPCCallError.failed(let refusal) {
            throw refusal
        } catch {
            throw RPCFailure(code: "unavailable", message: "Inventory could not reserve the stock: \(error)")
        }
    }
}
