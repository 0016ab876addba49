import Contracts
import Foundation
import GRDB
import Logging
import Synchronization
import ZeroMQBus

/// A service's network face: the ROUTER that answers RPCs and replay, and, for a publisher, the XPUB
/// that sends its stream live with heartbeats (docs/streams.md §3).
///
/// One dedicated thread owns both sockets. Commits wake it through an `InsertCommitObserver`; RPC requests
/// leave it through `requests` and replies come back through `reply(to:…)`.
public final class StreamEndpoint: Sendable {
    /// What a publishing service streams.
    public struct Publication: Sendable {
        public var stream: String
        public var epoch: String
        public var publishEndpoint: String
        public var writer: any DatabaseWriter
        /// Outbox events kept beyond what every subscriber acknowledged; 0 keeps all.
        public var retainedEvents: Int

        public init(
            stream: String, epoch: String, publishEndpoint: String, writer: any DatabaseWriter, retainedEvents: Int
        ) {
            self.stream = stream
            self.epoch = epoch
            self.publishEndpoint = publishEndpoint
            self.writer = writer
            self.retainedEvents = retainedEvents
        }
    }

    /// Tunables.
    public struct Options: Sendable {
        public var rpcEndpoint: String
        public var heartbeatInterval: Duration
        public var maxMessageBytes: Int
        /// Largest FETCH credit honoured.
        public var maxCredit: UInt64
        /// XPUB queue limit per subscriber in messages; beyond it live events drop and are replayed (F2).
        public var sendHighWaterMark: Int32

        public init(
            rpcEndpoint: String, heartbeatInterval: Duration, maxMessageBytes: Int, maxCredit: UInt64 = 10_000,
            sendHighWaterMark: Int32 = 100_000
        ) {
            self.rpcEndpoint = rpcEndpoint
            self.heartbeatInterval = heartbeatInterval
            self.maxMessageBytes = maxMessageBytes
            self.maxCredit = maxCredit
            self.sendHighWaterMark = sendHighWaterMark
        }
    }

    enum Command: Sendable {
        case committed
        case send([Data])
    }

    let publication: Publication?
    let options: Options
    let logger: Logger
    let context: ZMQContext
    let mailbox: Mailbox<Command>
    let continuation: AsyncStream<RPCRequest>.Continuation
    let state: Mutex<PublicationStatus?>
    private let thread = Mutex<SocketThread?>(nil)
    private let bound = Mutex<[String]>([])

    /// RPC requests in arrival order; answer each with `reply(to:…)`.
    public let requests: AsyncStream<RPCRequest>

    /// Binds the sockets on a new thread; throws if a bind fails (e.g. the address is taken).
    public init(publication: Publication?, options: Options, context: ZMQContext, logger: Logger) async throws {
        self.publication = publication
        self.options = options
        self.context = context
        self.logger = logger
        self.mailbox = try Mailbox()
        (requests, continuation) = AsyncStream.makeStream(of: RPCRequest.self)
        state = Mutex(
            publication.map {
                PublicationStatus(
                    stream: $0.stream, epoch: $0.epoch, head: 0, oldestRetained: 1, acknowledged: [:],
                    fetchesServed: 0, refusedRequests: 0)
            })
        if let publication {
            let mailbox = mailbox
            publication.writer.add(
                transactionObserver: InsertCommitObserver(table: "outboxEvent") { mailbox.post(.committed) },
                extent: .databaseLifetime)
        }
        let endpoints: [String] = try await withCheckedThrowingContinuation { started in
            let loop = SocketThread(name: "endpoint") { [self] thread in
                EndpointLoop(endpoint: self, thread: thread).run(started: started)
            }
            thread.withLock { $0 = loop }
        }
        bound.withLock { $0 = endpoints }
    }

    /// The bound endpoints with real ports (`[rpc, pub]`), for `tcp://…:*`.
    public var boundEndpoints: [String] { bound.withLock { $0 } }

    /// The publisher's latest status (nil for a service that publishes nothing).
    public var status: PublicationStatus? { state.withLock { $0 } }

    /// Answers `request` with a JSON result.
    public func reply(to request: RPCRequest, result: Data) {
        mailbox.post(.send(request.routing + StreamWire.rpcReply(requestID: request.requestID, ok: true, body: result)))
    }

    /// Answers `request` with an error body (`{"error":{…}}`).
    public func reply(to request: RPCRequest, error body: Data) {
        mailbox.post(.send(request.routing + StreamWire.rpcReply(requestID: request.requestID, ok: false, body: body)))
    }

    /// Stops the thread, closes the sockets and ends `requests`.
    public func stop() async {
        guard let loop = thread.withLock({ $0 }) else { return }
        loop.stop()
        await loop.join()
        continuation.finish()
    }
}
