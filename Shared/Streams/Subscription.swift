import Contracts
import Foundation
import GRDB
import Logging
import Metrics
import Synchronization
import ZeroMQBus

/// Consumes one publisher's stream exactly once into this service's store (docs/streams.md §4).
///
/// A dedicated thread owns a SUB socket (live events, heartbeats) and a DEALER (replay with credit), feeds
/// `SubscriptionStateMachine`, and applies ready runs with `BatchApplier`. Start-up order follows Clone
/// Model 2: subscribe first, then load the checkpoint and FETCH from it.
public final class Subscription: Sendable {
    /// Where the stream comes from.
    public struct Source: Sendable, Equatable {
        public var stream: String
        public var publishEndpoint: String
        public var rpcEndpoint: String

        public init(stream: String, publishEndpoint: String, rpcEndpoint: String) {
            self.stream = stream
            self.publishEndpoint = publishEndpoint
            self.rpcEndpoint = rpcEndpoint
        }
    }

    /// Tunables (mesh config `streams.*`).
    public struct Options: Sendable {
        /// This consumer's name, sent with ACKs.
        public var subscriber: String
        public var heartbeatInterval: Duration
        public var credit: UInt64
        public var batchMax: Int
        public var maxMessageBytes: Int
        /// SUB queue limit in messages; beyond it live events drop and are replayed (F2).
        public var receiveHighWaterMark: Int32
        /// A lag beyond this many events is reported (the "suicidal snail" alarm, F16).
        public var lagAlarmEvents: UInt64

        public init(
            subscriber: String, heartbeatInterval: Duration, credit: UInt64, batchMax: Int, maxMessageBytes: Int,
            receiveHighWaterMark: Int32 = 100_000, lagAlarmEvents: UInt64 = 10_000
        ) {
            self.subscriber = subscriber
            self.heartbeatInterval = heartbeatInterval
            self.credit = credit
            self.batchMax = batchMax
            self.maxMessageBytes = maxMessageBytes
            self.receiveHighWaterMark = receiveHighWaterMark
            self.lagAlarmEvents = lagAlarmEvents
        }
    }

    public let source: Source
    let options: Options
    let applier: BatchApplier
    let logger: Logger
    private let state: Mutex<SubscriptionStatus>
    private let thread = Mutex<SocketThread?>(nil)
    let context: ZMQContext
    let metrics: SubscriptionMetrics
    /// Marks each run in flight and says how to apply after a crash (docs/streams.md §4.6).
    let crashGuard: CrashGuard
    /// Told of each failure to write a run (the store is full, read-only, gone), for its host's `status`.
    let writeFailed: @Sendable (any Error) -> Void

    /// Prepares the subscription; `start()` begins consuming.
    public init(
        source: Source, options: Options, writer: any DatabaseWriter, handler: any StreamHandler, context: ZMQContext,
        logger: Logger, crashGuard: CrashGuard = .disabled,
        writeFailed: @escaping @Sendable (any Error) -> Void = { _ in }
    ) {
        self.source = source
        self.options = options
        self.crashGuard = crashGuard
        self.writeFailed = writeFailed
        self.applier = BatchApplier(
            stream: source.stream, writer: writer, handler: handler, maxBodyBytes: options.maxMessageBytes)
        self.context = context
        self.logger = logger
        self.metrics = SubscriptionMetrics(stream: source.stream)
        state = Mutex(
            SubscriptionStatus(
                stream: source.stream, phase: .catchingUp, epoch: nil, applied: 0, knownHead: 0, lag: 0,
                counters: SubscriptionCounters(), refused: 0, deadLetters: 0, alert: nil))
    }

    /// The latest status.
    public var status: SubscriptionStatus { state.withLock { $0 } }

    /// Starts the consuming thread.
    public func start() {
        let loop = SocketThread(name: "sub-\(source.stream)") { [self] thread in
            do {
                try SubscriptionLoop(subscription: self, thread: thread).run()
            } catch {
                logger.error("Subscription stopped", metadata: ["stream": "\(source.stream)", "error": "\(error)"])
                report { $0.alert = "subscription thread failed: \(error)" }
            }
        }
        thread.withLock { $0 = loop }
    }

    /// Stops the thread after its current batch and waits for it.
    public func stop() async {
        guard let loop = thread.withLock({ $0 }) else { return }
        loop.stop()
        await loop.join()
    }

    /// Operator decision after a fence (F11) or GONE (F13): trust the publisher's `epoch` and continue after
    /// `seq`. Stops the consuming thread, moves the checkpoint, and starts again from it.
    public func reset(epoch: String, after seq: UInt64) async throws {
        await stop()
        try await applier.writer.write { db in
            try Checkpoint.reset(db, stream: self.source.stream, epoch: epoch, lastSeq: seq)
        }
        logger.notice(
            "Checkpoint reset by an operator",
            metadata: ["stream": "\(source.stream)", "epoch": "\(epoch)", "seq": "\(seq)"])
        report { status in
            status.alert = nil
            status.epoch = epoch
            status.applied = seq
        }
        start()
    }

    /// Operator retry of a dead letter: `nil` when it applied, else the new error.
    public func retryDeadLetter(seq: UInt64) throws -> String? {
        let epoch = status.epoch ?? ""
        let result = try applier.retryDeadLetter(seq: seq, epoch: epoch)
        if result == nil { report { $0.deadLetters = max(0, $0.deadLetters - 1) } }
        return result
    }

    func report(_ change: (inout SubscriptionStatus) -> Void) {
        state.withLock { status in change(&status) }
    }
}
