import Contracts
import Foundation
import Streams
import Synchronization
import TestSupport
import ZeroMQBus

/// A publisher whose every frame the test chooses, to put a real `Subscription` through F6, F7, F8, F17 and
/// bad input exactly as scripted.
///
/// One `SocketThread` owns a raw XPUB and a raw ROUTER bound on ipc endpoints; the sockets are created,
/// used and closed on that thread only. The test drives it through a `Mailbox` of commands, which the
/// thread handles in order before it reads requests, so an answer set before a FETCH arrives applies to it.
final class FakePublisher: Sendable {
    /// One FETCH as the ROUTER received it.
    struct Fetch: Sendable {
        /// 1 for the first FETCH this fake received, 2 for the next…
        var number: Int
        var from: UInt64
        var credit: UInt64
        var receivedAt: ContinuousClock.Instant
    }

    /// The frames to send back for a FETCH (after the identity frame), or nil to leave it unanswered.
    typealias Answer = @Sendable (Fetch) -> [Data]?

    enum Command: Sendable {
        /// Sends each message on the XPUB, in order.
        case publish([[Data]])
        /// Sends a heartbeat with this head now and every `heartbeatInterval` from then on.
        case beat(head: UInt64)
        /// Answers every FETCH from now on with this closure.
        case answer(Answer)
    }

    private struct Observed {
        var subscriptions = 0
        var fetches: [Fetch] = []
        var failure: String?
    }

    /// The stream and epoch every fake publishes.
    static let stream = "probe"
    static let epoch = "fake-epoch"

    let publishEndpoint: String
    let rpcEndpoint: String
    let heartbeatInterval: Duration
    private let context: ZMQContext
    private let mailbox: Mailbox<Command>
    private let observed = Mutex(Observed())
    private let thread = Mutex<SocketThread?>(nil)
    private let initialAnswer: Answer

    /// Binds the XPUB (`fake.pub`) and ROUTER (`fake.rpc`) in `directory`; FETCHes get `answer` (default:
    /// none) until another is set.
    init(
        in directory: TemporaryDirectory, context: ZMQContext, answer: @escaping Answer = { _ in nil },
        heartbeatInterval: Duration = .milliseconds(100)
    ) async throws {
        self.initialAnswer = answer
        self.publishEndpoint = directory.ipc("fake.pub")
        self.rpcEndpoint = directory.ipc("fake.rpc")
        self.heartbeatInterval = heartbeatInterval
        self.context = context
        self.mailbox = try Mailbox()
        try await withCheckedThrowingContinuation { (started: CheckedContinuation<Void, any Error>) in
            let loop = SocketThread(name: "fake-publisher") { [self] thread in
                do {
                    try run(thread, started: started)
                } catch {
                    observed.withLock { $0.failure = "\(error)" }
                }
            }
            thread.withLock { $0 = loop }
        }
    }

    // MARK: - Driving

    func publish(frames messages: [[Data]]) { mailbox.post(.publish(messages)) }

    /// Publishes well-framed events of this fake's stream and epoch.
    func publish(_ events: [StoredEvent]) {
        publish(frames: events.map { StreamWire.event(stream: Self.stream, epoch: Self.epoch, $0) })
    }

    func beat(head: UInt64) { mailbox.post(.beat(head: head)) }

    func answer(_ answer: @escaping Answer) { mailbox.post(.answer(answer)) }

    /// An answer that replays `log` like an outbox: the events from `from`, at most `credit`, and the head.
    static func replaying(_ log: [StoredEvent]) -> Answer {
        let sorted = log.sorted { $0.seq < $1.seq }
        let head = sorted.last?.seq ?? 0
        return { fetch in
            let batch = sorted.drop { $0.seq < fetch.from }.prefix(Int(fetch.credit))
            return StreamWire.events(stream: stream, epoch: epoch, head: head, oldest: 1, Array(batch))
        }
    }

    /// A valid event at `seq`: a `Tick` envelope of this fake's stream and epoch.
    static func event(_ seq: UInt64, _ tick: Tick? = nil) throws -> StoredEvent {
        let envelope = Envelope(
            stream: stream, epoch: epoch, seq: seq, id: UUID().uuidString.lowercased(), type: Tick.eventType,
            at: Date(),
            data: tick ?? Tick(n: Int(seq)))
        return StoredEvent(seq: seq, type: Tick.eventType, body: try Self.encoder.encode(envelope))
    }

    private static let encoder = DomainTime.makeEncoder()

    // MARK: - Observing

    /// Subscription frames the XPUB has seen: once positive, live messages reach the subscriber.
    var subscriptions: Int { observed.withLock { $0.subscriptions } }

    /// Every FETCH received, oldest first.
    var fetches: [Fetch] { observed.withLock { $0.fetches } }

    /// Why the thread ended early, if it did.
    var failure: String? { observed.withLock { $0.failure } }

    /// Stops the thread and closes its sockets; call before `context.terminate()`.
    func stop() async {
        guard let loop = thread.withLock({ $0 }) else { return }
        loop.stop()
        await loop.join()
    }

    // MARK: - The socket thread

    private func run(_ thread: SocketThread, started: CheckedContinuation<Void, any Error>) throws {
        let xpub: ZMQSocket
        let router: ZMQSocket
        do {
            xpub = try ZMQSocket(context, type: .xpub)
            try xpub.set(.xpubVerbose(true))
            try xpub.set(.sendHighWaterMark(100_000))
            try xpub.bind(publishEndpoint)
            router = try ZMQSocket(context, type: .router)
            try router.set(.maximumMessageSize(bytes: 1 << 20))
            try router.bind(rpcEndpoint)
        } catch {
            started.resume(throwing: error)
            return
        }
        started.resume()
        defer {
            xpub.close()
            router.close()
        }
        var poller = ZMQPoller()
        poller.add(xpub)
        poller.add(router)
        poller.add(fileDescriptor: mailbox.wakeup.fileDescriptor)
        var answer = initialAnswer
        var head: UInt64?
        let clock = ContinuousClock()
        var nextBeat = clock.now
        while thread.isRunning {
            try poller.poll(timeoutMilliseconds: 10)
            for command in mailbox.takeAll() {
                switch command {
                case .publish(let messages):
                    for message in messages { try xpub.send(message, dontWait: true) }
                case .beat(let newHead):
                    head = newHead
                    nextBeat = clock.now
                case .answer(let newAnswer):
                    answer = newAnswer
                }
            }
            if let head, clock.now >= nextBeat {
                try xpub.send(
                    StreamWire.heartbeat(stream: Self.stream, epoch: Self.epoch, head: head, oldest: 1), dontWait: true)
                nextBeat = clock.now + heartbeatInterval
            }
            while let frames = try xpub.receive(dontWait: true) {
                if frames.first?.first == 1 { observed.withLock { $0.subscriptions += 1 } }
            }
            while let frames = try router.receive(dontWait: true) {
                guard let identity = frames.first,
                    case .success(.fetch(_, _, let from, let credit)) = StreamWire.parseRequest(
                        Array(frames.dropFirst()))
                else { continue }  // ACKs and anything else: not part of the script
                let fetch = observed.withLock { seen in
                    seen.fetches.append(
                        Fetch(
                            number: seen.fetches.count + 1, from: from, credit: credit,
                            receivedAt: clock.now))
                    return seen.fetches[seen.fetches.count - 1]
                }
                if let reply = answer(fetch) { try router.send([identity] + reply, dontWait: true) }
            }
        }
    }
}
