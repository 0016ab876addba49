import Contracts
import Foundation
import Orders
import Synchronization

/// An in-process Inventory for placement tests (R2), keeping Inventory's rules for a reservation's identity: a
/// table of available units per SKU, one reservation per order id (a repeated reserve returns it), one per
/// idempotency key (a request whose key reserved before gets that reservation, under its order id, and one whose
/// key reserved another listing, SKU or quantity is a `conflict` on `idempotencyKey`; an expired one is reserved
/// again for the same order), and Inventory's refusals on `quantity`.
final class TableStockReserver: StockReserver {
    /// The table and what was asked of it.
    struct State: Sendable {
        var available: [String: Int]
        /// The reservation each order holds, as it was requested.
        var reservations: [OrderID: ReserveStockRequest] = [:]
        /// The order each idempotency key reserved for.
        var keys: [String: OrderID] = [:]
        /// Reservations whose time-to-live ran out: their units are available again.
        var expired: Set<OrderID> = []
        /// When true, every call fails as if Inventory did not answer.
        var unreachable = false
        /// When true, the next call reserves and then fails as if its answer were lost (the placement's process
        /// died before the answer came, or it never reached it).
        var loseNextAnswer = false
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
            if state.unreachable { throw Self.noAnswer }
            let result = try Self.reserve(request, in: &state)
            if state.loseNextAnswer {
                state.loseNextAnswer = false
                throw Self.noAnswer
            }
            return result
        }
    }

    /// Reserves as Inventory does: the key's reservation first, then the order's, else a new one.
    private static func reserve(_ request: ReserveStockRequest, in state: inout State) throws(RPCFailure)
        -> ReserveStockResult
    {
        var orderID = request.orderID
        if let key = request.idempotencyKey, let keyed = state.keys[key], let first = state.reservations[keyed] {
            guard first.listingID == request.listingID, first.sku == request.sku, first.quantity == request.quantity
            else {
                throw RPCFailure(
                    code: "conflict", message: "Idempotency key \(key) reserved something else for \(keyed).",
                    field: "idempotencyKey")
            }
            orderID = keyed
            guard state.expired.contains(keyed) else { return result(for: keyed, request, in: state) }
        } else if state.reservations[orderID] != nil, !state.expired.contains(orderID) {
            return result(for: orderID, request, in: state)
        }
        let available = state.available[request.sku, default: 0]
        guard available > 0 else {
            throw RPCFailure(code: "sold_out", message: "\(request.sku) is sold out.", field: "quantity")
        }
        guard request.quantity <= available else {
            throw RPCFailure(
                code: "insufficient_stock", message: "Only \(available) left of \(request.sku).", field: "quantity")
        }
        state.available[request.sku] = available - request.quantity
        var reservation = request
        reservation.orderID = orderID
        state.reservations[orderID] = reservation
        state.expired.remove(orderID)
        if let key = request.idempotencyKey { state.keys[key] = orderID }
        return result(for: orderID, request, in: state)
    }

    private static func result(for orderID: OrderID, _ request: ReserveStockRequest, in state: State)
        -> ReserveStockResult
    {
        ReserveStockResult(
            orderID: orderID, expiresAt: Date().addingTimeInterval(Double(request.ttlSeconds)),
            available: state.available[request.sku, default: 0])
    }

    private static let noAnswer = RPCFailure(code: "unavailable", message: "Inventory did not answer.")

    /// The order's reservation runs out of time: its units are available again.
    func expire(_ orderID: OrderID) {
        state.withLock { state in
            guard let reservation = state.reservations[orderID], state.expired.insert(orderID).inserted else { return }
            state.available[reservation.sku, default: 0] += reservation.quantity
        }
    }

    /// The reservations made so far, expired ones included.
    var reservations: [OrderID: ReserveStockRequest] { state.withLock { $0.reservations } }

    /// Units of `sku` available now.
    func available(_ sku: String) -> Int { state.withLock { $0.available[sku, default: 0] } }
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
