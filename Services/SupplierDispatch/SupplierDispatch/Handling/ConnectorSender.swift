import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit
import Streams
import Synchronization

/// Makes the partition's queued connector calls (R6, R7, R15) and applies each answer to its job in the
/// transaction that completes the call: `supplier.purchase_order` → `purchaseOrderDelivered`, `supplier.cancel`
/// → `withdrawalDelivered`.
///
/// Calls of one order go one at a time, in the order they were decided, so a withdrawal never overtakes its
/// purchase order. Calls of different orders run concurrently, up to the worker's `ConcurrencyLimit`. The queue
/// is read when `SenderWakeup` says something changed, never polled in a tight loop. A call
/// that fails in transit is retried with backoff; a crash between a call and its commit repeats the call, which
/// the connector takes idempotently. A connector that refuses a purchase order (a final error) makes it a
/// rejection; one that refuses a cancellation because it never had the purchase order counts as cancelled.
struct ConnectorSender: Sendable {
    /// Error codes after which the same call may succeed later.
    static let retryableCodes: Set<String> = ["internal", "unavailable", "unknown_method"]
    /// Calls one partition keeps started (running, or waiting for the worker's `ConcurrencyLimit`).
    static let maxInFlight = 32
    static let callTimeout = Duration.seconds(10)

    let store: any DatabaseWriter
    let answers: ConnectorAnswers
    let connector: RPCClient
    let limit: ConcurrencyLimit
    let wakeup: SenderWakeup
    let logger: Logger

    /// Sends until cancelled: reads the queue when a transaction queued a call or a call finished (and every
    /// second regardless), keeping at most `maxInFlight` calls started.
    func run() async {
        let progress = SenderProgress()
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                let busy = progress.busyOrders()
                if busy.count < Self.maxInFlight,
                    let calls = try? await store.read({ db in
                        try ConnectorCallRecords.next(limit: Self.maxInFlight - busy.count, skipping: busy, in: db)
                    })
                {
                    for call in calls where progress.begin(call.orderID) {
                        group.addTask {
                            let succeeded = await limit.run { await self.perform(call) } ?? false
                            progress.end(call.orderID, succeeded: succeeded)
                            wakeup.signal()
                        }
                    }
                }
                await wakeup.wait(timeout: .seconds(1))
            }
        }
    }

    /// Makes one call and applies its answer; false when it must be tried again.
    private func perform(_ call: ConnectorCall) async -> Bool {
        let answer: Result<Data, RPCCallError>
        do {
            let body = try await store.read { db in try ConnectorCallRecords.body(of: call, in: db) }
            answer = .success(
                try await connector.call(call.kind.connectorMethod, body: body, timeout: Self.callTimeout))
        } catch let error as RPCCallError {
            if case .failed(let failure) = error, !Self.retryableCodes.contains(failure.code) {
                answer = .failure(error)
            } else {
                logger.warning(
                    "Supplier connector call failed; will retry",
                    metadata: ["order.id": "\(call.orderID)", "po.id": "\(call.purchaseOrderID)", "error": "\(error)"])
                return false
            }
        } catch {
            return false  // cancelled: the call stays queued for the partition's next host
        }
        do {
            try await answers.settle(call, answer: answer)
            return true
        } catch {
            logger.error(
                "Could not apply a supplier connector answer; will retry",
                metadata: ["order.id": "\(call.orderID)", "po.id": "\(call.purchaseOrderID)", "error": "\(error)"])
            return false
        }
    }

}

/// Applies a supplier connector's answer to the call's job and completes the call, in one transaction (R6, R7,
/// R15): `supplier.purchase_order` → `purchaseOrderDelivered`, `supplier.cancel` → `withdrawalDelivered`.
struct ConnectorAnswers: Sendable {
    let store: any DatabaseWriter
    let desk: JobDesk
    let clock: DomainClock

    /// Applies the connector's answer to the call's job and completes the call, in one transaction.
    func settle(_ call: ConnectorCall, answer: Result<Data, RPCCallError>) async throws {
        try await store.write { db in
            let now = DomainTime.rounded(try clock.now(in: db))
            try desk.change(call.orderID, causation: nil, at: now, in: db) { job in
                try Self.apply(answer, of: call, to: &job, policy: desk.policy, at: now)
            }
            try ConnectorCallRecords.complete(call, in: db)
        }
    }

    /// The job input for a connector answer.
    static func apply(
        _ answer: Result<Data, RPCCallError>, of call: ConnectorCall, to job: inout DispatchJob,
        policy: DispatchPolicy, at now: Date
    ) throws -> [DispatchEffect] {
        let id = call.purchaseOrderID
        switch (call.kind, answer) {
        case (.purchaseOrder, .success):
            return try job.purchaseOrderDelivered(id, policy: policy, at: now)
        case (.purchaseOrder, .failure(let error)):
            // The connector refused the purchase order outright: it is a rejection by that supplier.
            let delivered = try job.purchaseOrderDelivered(id, policy: policy, at: now)
            return delivered + (try job.reject(id, reason: .rejected, detail: "\(error)", at: now))
        case (.cancel, .success(let body)):
            let reply = try JSONCoding.decoder.decode(PurchaseOrderCancellationReply.self, from: body)
            let outcome = WithdrawalOutcome(rawValue: reply.outcome) ?? .cancelled
            return try job.withdrawalDelivered(id, outcome: outcome, at: now)
        case (.cancel, .failure):
            // The supplier's system does not know the purchase order: nothing of it can ship.
            return try job.withdrawalDelivered(id, outcome: .cancelled, at: now)
        }
    }
}

/// Which orders have a connector call in flight, and when a failed one may be tried again (100 ms doubling up
/// to 30 s).
final class SenderProgress: Sendable {
    private let state = Mutex<(inFlight: Set<OrderID>, retries: [OrderID: Retry])>(([], [:]))

    private struct Retry {
        var attempts: Int
        var notBefore: ContinuousClock.Instant
    }

    /// The orders with a call in flight or backing off: the next read of the queue skips them.
    func busyOrders() -> Set<OrderID> {
        let now = ContinuousClock.now
        return state.withLock { state in
            state.inFlight.union(state.retries.filter { $0.value.notBefore > now }.keys)
        }
    }

    /// Claims the order's next call; false while one is in flight or backing off.
    func begin(_ orderID: OrderID) -> Bool {
        let now = ContinuousClock.now
        return state.withLock { state in
            guard (state.retries[orderID]?.notBefore ?? now) <= now else { return false }
            return state.inFlight.insert(orderID).inserted
        }
    }

    /// Releases the order; a failure delays its next attempt.
    func end(_ orderID: OrderID, succeeded: Bool) {
        state.withLock { state in
            state.inFlight.remove(orderID)
            if succeeded {
                state.retries[orderID] = nil
            } else {
                let attempts = (state.retries[orderID]?.attempts ?? 0) + 1
                let delay = Duration.milliseconds(min(30_000, 100 << min(attempts - 1, 9)))
                state.retries[orderID] = Retry(attempts: attempts, notBefore: ContinuousClock.now + delay)
            }
        }
    }
}
