import Contracts
import Foundation

/// One call the simulator owes another service: a simulated supplier's answer to Dispatch, or a simulated
/// carrier's scan to Tracking. Decided inside a transaction (a timer firing), sent after commit. The row is the
/// promise: a crash before the answer is recorded repeats the call, which the target takes idempotently (by
/// purchase order id at Dispatch, by scan id at Tracking: exactly-once effect, R7, R10).
public struct OutgoingCall: Sendable, Equatable {
    /// The service a call goes to.
    public enum Target: String, Codable, Sendable, CaseIterable {
        /// The dispatch partition that owns the purchase order.
        case dispatch
        /// The tracking service.
        case tracking
    }

    /// What the supplier tells Dispatch, or the carrier tells Tracking.
    public enum Action: String, Codable, Sendable, CaseIterable {
        case acknowledge, ship, reject
        /// A carrier's scan of a parcel.
        case scan

        /// The RPC: `purchase_orders.acknowledge`, `.ship`, `.reject` at a dispatch partition, `tracking.scan`.
        public var method: String {
            switch self {
            case .acknowledge, .ship, .reject: "purchase_orders.\(rawValue)"
            case .scan: "tracking.scan"
            }
        }

        /// Where the call goes: a scan to Tracking, the rest to Dispatch.
        public var target: Target { self == .scan ? .tracking : .dispatch }
    }

    /// Where the call stands.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Not yet answered by its target; the sender will make it.
        case pending
        /// The target took it.
        case delivered
        /// The target answered with a refusal (`invalid_request`, `conflict`, `not_found`, …): not retried.
        case refused
        /// Dispatch cancelled the purchase order before the call was made; it will not be.
        case dropped
    }

    public var id: Int64
    public var target: Target
    /// The purchase order the call is about (a scan: the purchase order whose parcel it is); its calls go in order.
    public var purchaseOrderID: PurchaseOrderID
    public var action: Action
    /// The RPC's JSON body.
    public var body: Data
    /// Sends so far that failed in transport.
    public var attempts: Int

    public init(
        id: Int64, target: Target, purchaseOrderID: PurchaseOrderID, action: Action, body: Data, attempts: Int
    ) {
        self.id = id
        self.target = target
        self.purchaseOrderID = purchaseOrderID
        self.action = action
        self.body = body
        self.attempts = attempts
    }
}
