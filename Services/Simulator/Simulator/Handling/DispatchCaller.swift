import Contracts
import Foundation

/// Delivers a simulated supplier's answer to the dispatch partition that owns the purchase order (R7).
public protocol DispatchCaller: Sendable {
    /// Calls `method` with `body` on the partition of `purchaseOrderID`.
    ///
    /// - Throws: Dispatch's error answer as `RPCCallError.failed` (or `RPCFailure`); any other error is a
    ///   transport failure, and the call is made again later.
    func call(_ method: String, body: Data, for purchaseOrderID: PurchaseOrderID) async throws
}
