import Contracts
import Foundation
import GRDB
import Logging
import Streams
import Synchronization

/// Sends the queued calls (`outgoingCall` rows) to the target each names, the simulated suppliers' answers to
/// Dispatch and the simulated carriers' scans to Tracking, and records each reply in a transaction after it came
/// (R7, R10).
///
/// Exactly-once effect: the row was committed with the step that decided it; a crash between the call and the
/// record repeats the call, which the target takes idempotently. A refusal (any error code but `internal`,
/// `unavailable`, `bad_reply`) means the target does not want the call, for instance because the purchase order
/// was cancelled: it is recorded and not retried. A transport failure or one of those codes is retried with
/// exponential backoff (0.1 s doubling to 30 s, wall time). A purchase order's calls go in order: its ship waits
/// until its acknowledgement is settled, and its parcel's scans go one after another.
public final class OutgoingCallSender: Sendable {
    /// Error codes that mean "try again later" rather than "no".
    static let transientCodes: Set<String> = ["internal", "unavailable", "bad_reply"]
    /// Calls read per pass.
    static let batchSize = 256
    /// How often the running sender looks for calls whose backoff ended, when no commit wakes it.
    static let idleInterval: Duration = .milliseconds(200)

    private let store: any DatabaseWriter
    private let dispatch: any DispatchCaller
    private let tracking: (any TrackingCaller)?
    private let concurrency: Int
    private let logger: Logger
    private let listener = CommitListener()
    private let commits: InsertCommitObserver

    /// What one send came to.
    private enum Outcome {
        case delivered
        case refused(RPCFailure)
        case failed(String)
        /// The sender is shutting down; nothing is recorded and the call is made again after restart.
        case interrupted
    }

    /// - Parameters:
    ///   - store: the simulator's store; the sender watches its commits for new calls.
    ///   - tracking: where scans go; nil when the mesh has no tracking service (a scan is then refused).
    ///   - concurrency: calls kept in flight at once.
    public init(
        store: any DatabaseWriter, dispatch: any DispatchCaller, tracking: (any TrackingCaller)? = nil,
        concurrency: Int, logger: Logger
    ) {
        self.store = store
        self.dispatch = dispatch
        self.tracking = tracking
        self.concurrency = max(1, concurrency)
        self.logger = logger
        commits = InsertCommitObserver(table: "outgoingCall") { [listener] in listener.wake() }
        store.add(transactionObserver: commits, extent: .observerLifetime)
    }

    /// Sends until cancelled: after each commit that queues a call, and every 200 ms for calls whose backoff ended.
    public func run() async {
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        listener.listen(wake)
        defer { listener.listen(nil) }
        await withDiscardingTaskGroup { group in
            group.addTask {
                while (try? await Task.sleep(for: Self.idleInterval)) != nil { wake.yield() }
            }
            wake.yield()
            for await _ in wakes {
                do {
                    while try await sendPending() > 0 {}
                } catch {
                    if !Task.isCancelled {
                        logger.error("Outgoing calls could not be read or recorded", metadata: ["error": "\(error)"])
                    }
                }
            }
            group.cancelAll()
        }
    }

    /// Makes each pending call that may go now, up to a batch, then records the replies in one transaction.
    /// - Returns: how many calls were settled (delivered or refused); 0 when none could go or all failed.
    @discardableResult
    public func sendPending() async throws -> Int {
        let now = Self.wallMilliseconds()
        let calls = try await store.read { db in
            try OutgoingCallRecords.sendable(nowMs: now, limit: Self.batchSize, in: db)
        }
        guard !calls.isEmpty else { return 0 }
        let outcomes = await send(calls)
        guard !Task.isCancelled else { return 0 }
        let failedAt = Self.wallMilliseconds()
        return try await store.write { db in
            var settled = 0
            for (call, outcome) in outcomes {
                switch outcome {
                case .delivered:
                    try OutgoingCallRecords.settle(call.id, as: .delivered, answer: nil, in: db)
                    settled += 1
                case .refused(let failure):
                    try OutgoingCallRecords.settle(call.id, as: .refused, answer: failure.description, in: db)
                    settled += 1
                case .failed(let error):
                    let delay = Self.backoffMilliseconds(afterFailures: call.attempts + 1)
                    try OutgoingCallRecords.postpone(call.id, untilMs: failedAt + delay, error: error, in: db)
                case .interrupted:
                    break
                }
            }
            return settled
        }
    }

    /// Sends `calls` with at most `concurrency` in flight.
    private func send(_ calls: [OutgoingCall]) async -> [(OutgoingCall, Outcome)] {
        await withTaskGroup(of: (OutgoingCall, Outcome).self) { group in
            var waiting = calls[...]
            for _ in 0..<concurrency {
                guard let call = waiting.popFirst() else { break }
                group.addTask { (call, await self.send(call)) }
            }
            var outcomes: [(OutgoingCall, Outcome)] = []
            while let outcome = await group.next() {
                outcomes.append(outcome)
                if let call = waiting.popFirst() { group.addTask { (call, await self.send(call)) } }
            }
            return outcomes
        }
    }

    private func send(_ call: OutgoingCall) async -> Outcome {
        var logger = logger
        logger[metadataKey: "purchase_order.id"] = "\(call.purchaseOrderID)"
        logger[metadataKey: "rpc.method"] = "\(call.action.method)"
        do {
            switch call.target {
            case .dispatch:
                try await dispatch.call(call.action.method, body: call.body, for: call.purchaseOrderID)
            case .tracking:
                guard let tracking else {
                    throw RPCFailure(code: "unroutable", message: "the mesh config has no tracking service")
                }
                try await tracking.call(call.action.method, body: call.body)
            }
            logger.debug("Outgoing call delivered")
            return .delivered
        } catch is CancellationError {
            return .interrupted
        } catch {
            let failure: RPCFailure? =
                switch error {
                case RPCCallError.failed(let failure): failure
                case let failure as RPCFailure: failure
                default: nil
                }
            if let failure, !Self.transientCodes.contains(failure.code) {
                logger.warning("The \(call.target) service refused a call", metadata: ["error": "\(failure)"])
                return .refused(failure)
            }
            let level: Logger.Level = call.attempts == 0 ? .warning : .debug
            logger.log(level: level, "Outgoing call failed; will retry", metadata: ["error": "\(error)"])
            return .failed("\(error)")
        }
    }

    /// 100 ms after the first failure, doubling, at most 30 s.
    public static func backoffMilliseconds(afterFailures failures: Int) -> Int64 {
        min(30_000, 100 << Int64(min(max(failures, 1) - 1, 20)))
    }

    private static func wallMilliseconds() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded())
    }
}

/// Where a running sender's wake-ups go: after each commit that queued a call (a timer firing in the clock
/// transaction needs no extra call, its commit is the signal), to the running `run()` if there is one.
private final class CommitListener: Sendable {
    private let continuation = Mutex<AsyncStream<Void>.Continuation?>(nil)

    /// Sends each wake-up to `continuation` from now on; nil stops them.
    func listen(_ continuation: AsyncStream<Void>.Continuation?) {
        self.continuation.withLock { $0 = continuation }
    }

    func wake() {
        continuation.withLock { _ = $0?.yield() }
    }
}
