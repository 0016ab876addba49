import Contracts
import Foundation

/// One answer a simulated supplier owes Dispatch: decided inside a transaction (a timer firing), sent after
/// commit. The row is the promise: a crash before the answer is recorded repeats the call, which Dispatch takes
/// idempotently by purchase order id (exactly-once effect, R7).
public struct OutgoingCall: Sendable, Equatable {
    /// What the supplier tells Dispatch.
    public enum Action: String, Codable, Sendable, CaseIterable {
        case acknowledge, ship, reject

        /// The dispatch partition's RPC: `purchase_orders.acknowledge`, `.ship`, `.reject`.
        public var method: String { "purchase_orders.\(rawValue)" }
    }

    /// Where the call stands.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Not yet answered by Dispatch; the sender will make it.
        case pending
        /// Dispatch took it.
        case delivered
        /// Dispatch answered with a refusal (`invalid_request`, `conflict`, `not_found`, …): not retried.
        case refused
        /// Dispatch cancelled the purchase order before the call was made; it will not be.
        case dropped
    }

    public var id: Int64
    public var purchaseOrderID: PurchaseOrderID
    public var action: Action
    /// The RPC's JSON body.
    public var body: Data
    /// Sends so far that failed in transport.
    public var attempts: Int

    public init(id: Int64, purchaseOrderID: PurchaseOrderID, action: Action, body: Data, attempts: Int) {
        self.id = id
        self.purchaseOrderID = purchaseOrderID
        self.action = action
        self.body = body
        self.attempts = attempts
    }
}
