import Contracts
import Foundation
import Orders
import Synchronization

/// An in-process Inventory for placement tests (R2): a table of available units per SKU, one reservation per
/// order id (a repeated reserve returns the same reservation), and Inventory's refusals on `quantity`.
final class TableStockReserver: StockReserver {
    /// The table and what was asked of it.
    struct State: Sendable {
        var available: [String: Int]
        var reservations: [OrderID: ReserveStockRequest] = [:]
        /// When true, every call fails as if Inventory did not answer.
        var unreachable = false
    }

    let state: Mutex<State>
    private let calls = Mutex(0)
    private let before: (@Sendable (_ call: Int) async -> Void)?

    /// - Parameter before: when given, runs first in every call with the call's number from 1, so that a test
    ///   can make concurrent placements meet or wait at the reserve step.
    init(stock: [String: Int], before: (@Sendable (_ call: Int) async -> Void)? = nil) {
        state = Mutex(State(available: stock))
        self.before = before
    }

    func reserve(_ request: ReserveStockRequest) async throws(RPCFailure) -> ReserveStockResult {
        if let before {
            let call = calls.withLock { calls in
                calls += 1
                return calls
            }
            await before(call)
        }
        return try state.withLock { state throws(RPCFailure) in
            if state.unreachable {
                throw RPCFailure(code: "unavailable", message: "Inventory did not answer.")
            }
            let expiresAt = Date().addingTimeInterval(Double(request.ttlSeconds))
            let available = state.available[request.sku, default: 0]
            if state.reservations[request.orderID] != nil {
                return ReserveStockResult(orderID: request.orderID, expiresAt: expiresAt, available: available)
            }
            guard available > 0 else {
                throw RPCFailure(code: "sold_out", message: "\(request.sku) is sold out.", field: "quantity")
            }
            guard request.quantity <= available else {
                throw RPCFailure(
                    code: "insufficient_stock", message: "Only \(available) left of \(request.sku).", field: "quantity")
            }
            state.available[request.sku] = available - request.quantity
            state.reservations[request.orderID] = request
            return ReserveStockResult(
                orderID: request.orderID, expiresAt: expiresAt, available: available - request.quantity)
        }
    }

    /// The reservations made so far.
    var reservations: [OrderID: ReserveStockRequest] { state.withLock { $0.reservations } }
}

/// Lets `parties` callers through together: each waits until the last one arrives.
actor Rendezvous {
    private let parties: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(parties: Int) {
        self.parties = parties
    }

    func arrive() async {
        guard waiting.count + 1 < parties else {
            for continuation in waiting { continuation.resume() }
            waiting = []
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }
}
