import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit
import Streams

/// Makes the partition's queued connector calls (R6, R7, R15) and applies each outcome to its job in the
/// transaction that completes the call (`ConnectorAnswers`): `supplier.purchase_order` → `purchaseOrderDelivered`,
/// `supplier.cancel` → `withdrawalDelivered`.
///
/// Calls of one order go one at a time, in the order they were decided, so a withdrawal never overtakes its
/// purchase order. Calls of different orders run concurrently, up to the worker's `ConcurrencyLimit`. The queue
/// is read when `SenderWakeup` says something changed, never polled in a tight loop.
///
/// A call that can never succeed fails visibly at once, as a dead letter with its reason: a request larger than
/// `SupplierConnectorLimits.maximumRequestBytes` is not sent at all (whatever the sockets would take), and a
/// connector that refuses a call with a final error, or answers it for another supplier, is not asked again. A call
/// that fails in transit (it timed out, or nothing answers at the connector's endpoint, or the connector is busy) is
/// retried with backoff, its failures counted in its row with what happened; once it has failed
/// `alertAfterFailures` times in a row, `status` shows an alert until it succeeds. A crash between a call and its
/// commit repeats the call, which the connector takes idempotently.
struct ConnectorSender: Sendable {
    /// Error codes after which the same call may succeed later.
    static let retryableCodes: Set<String> = ["internal", "unavailable", "unknown_method"]
    /// Calls one partition keeps started (running, or waiting for the worker's `ConcurrencyLimit`).
    static let maxInFlight = 32
    /// Failures in a row after which a call raises an alert in `status` (it is still retried): with the backoff and
    /// the call timeout, about a minute of a connector that does not answer.
    static let alertAfterFailures = 5

    let store: any DatabaseWriter
    let answers: ConnectorAnswers
    let connector: RPCClient
    let limit: ConcurrencyLimit
    let wakeup: SenderWakeup
    let logger: Logger
    /// How long a call waits for the connector's answer.
    var callTimeout = Duration.seconds(10)

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

    /// Makes one call and settles its outcome; false when it must be tried again.
    private func perform(_ call: ConnectorCall) async -> Bool {
        let outcome: ConnectorOutcome
        var decidedAt: Date?
        do {
            let body = try await store.read { db in try ConnectorCallRecords.body(of: call, in: db) }
            decidedAt = ConnectorAnswers.decidedAt(body)
            if let refused = ConnectorOutcome.refusedBeforeSending(body) {
                outcome = refused
            } else {
                outcome = .answered(
                    try await connector.call(call.kind.connectorMethod, body: body, timeout: callTimeout))
            }
        } catch let error as RPCCallError {
            if case .failed(let failure) = error, !Self.retryableCodes.contains(failure.code) {
                outcome = .refused(failure)
            } else if case .closed = error {
                return false  // the partition is closing: not the connector's failure; its next host calls again
            } else {
                await recordFailure(of: call, error)
                return false
            }
        } catch {
            return false  // cancelled: the call stays queued for the partition's next host
        }
        return await settle(call, outcome, decidedAt: decidedAt)
    }

    /// Applies the outcome; a job that refuses it is set aside as a dead letter too, since the same call would
    /// bring the same outcome. False when it must be tried again (the store could not be written).
    private func settle(_ call: ConnectorCall, _ outcome: ConnectorOutcome, decidedAt: Date?) async -> Bool {
        var metadata: Logger.Metadata = ["order.id": "\(call.orderID)", "po.id": "\(call.purchaseOrderID)"]
        do {
            if let failure = try await answers.settle(call, outcome: outcome, decidedAt: decidedAt) {
                metadata["error"] = "\(failure)"
                logger.error(
                    "Supplier connector call can never succeed; set aside as a dead letter", metadata: metadata)
            }
            return true
        } catch let refusal as DispatchError {
            return await setAside(call, reason: "\(call.kind.connectorMethod) answered, but: \(refusal)")
        } catch let refusal as DispatchHandlingError {
            return await setAside(call, reason: "\(call.kind.connectorMethod) answered, but: \(refusal)")
        } catch {
            metadata["error"] = "\(error)"
            logger.error("Could not apply a supplier connector answer; will retry", metadata: metadata)
            return false
        }
    }

    private func setAside(_ call: ConnectorCall, reason: String) async -> Bool {
        let metadata: Logger.Metadata = ["po.id": "\(call.purchaseOrderID)", "error": "\(reason)"]
        do {
            try await answers.setAside(call, reason: reason)
            logger.error("Supplier connector answer refused; set aside as a dead letter", metadata: metadata)
            return true
        } catch {
            logger.error("Could not set a supplier connector call aside; will retry", metadata: metadata)
            return false
        }
    }

    /// Counts a failure in transit in the call's row and logs what happened: at the first failure, and when the
    /// failures reach `alertAfterFailures` (the alert `status` shows from then on).
    private func recordFailure(of call: ConnectorCall, _ error: RPCCallError) async {
        let atMs = Int64((Date().timeIntervalSince1970 * 1000).rounded())
        let failures = try? await store.write { db in
            try ConnectorCallRecords.recordFailure(call, error: error.description, atMs: atMs, in: db)
        }
        let metadata: Logger.Metadata = [
            "order.id": "\(call.orderID)", "po.id": "\(call.purchaseOrderID)", "failures": "\(failures ?? 0)",
            "error": "\(error)",
        ]
        let what = Self.whatHappened(error)
        switch failures ?? 0 {
        case 1: logger.warning("Supplier connector call \(what); will retry", metadata: metadata)
        case Self.alertAfterFailures:
            logger.error("Supplier connector call \(what) again; alert raised, still retrying", metadata: metadata)
        default: logger.debug("Supplier connector call \(what); will retry", metadata: metadata)
        }
    }

    /// What a failure in transit was, in a few words.
    static func whatHappened(_ error: RPCCallError) -> String {
        switch error {
        case .timedOut: "timed out (the connector took the request and did not answer in time)"
        case .unreachable: "was not sent (nothing answers at the connector's endpoint)"
        case .failed(let failure): "was refused for now (\(failure.code))"
        case .closed: "was interrupted (the partition is closing)"
        }
    }
}
