import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit
import Streams

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
        var decidedAt: Date?
        do {
            let body = try await store.read { db in try ConnectorCallRecords.body(of: call, in: db) }
            decidedAt = ConnectorAnswers.decidedAt(body)
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
            try await answers.settle(call, answer: answer, decidedAt: decidedAt)
            return true
        } catch {
            logger.error(
                "Could not apply a supplier connector answer; will retry",
                metadata: ["order.id": "\(call.orderID)", "po.id": "\(call.purchaseOrderID)", "error": "\(error)"])
            return false
        }
    }
}
