import Contracts
import Foundation
import GRDB
import Logging
import Synchronization
import ZeroMQBus

/// The body of a `StreamEndpoint`'s thread: live publishing, heartbeats, replay, RPC hand-off.
struct EndpointLoop {
    let endpoint: StreamEndpoint
    let thread: SocketThread
    private let clock = ContinuousClock()

    init(endpoint: StreamEndpoint, thread: SocketThread) {
        self.endpoint = endpoint
        self.thread = thread
    }

    private var publication: StreamEndpoint.Publication? { endpoint.publication }
    private var options: StreamEndpoint.Options { endpoint.options }
    private var logger: Logger { endpoint.logger }

    func run(started: CheckedContinuation<[String], any Error>) {
        let router: ZMQSocket
        var pub: ZMQSocket?
        var lastSent: UInt64 = 0
        var book = AcknowledgementBook(known: [])
        do {
            router = try ZMQSocket(endpoint.context, type: .router)
            try router.set(.routerMandatory(true))
            try router.set(.heartbeat(intervalMilliseconds: 1000, timeoutMilliseconds: 5000))
            try router.set(
                .maximumMessageSize(
                    bytes: min(endpoint.context.maximumFrameBytes, Int64(options.maxMessageBytes) * 2 + 65_536)))
            try router.set(.sendHighWaterMark(10_000))
            try router.bind(options.rpcEndpoint)
            if let publication {
                pub = try bindPublisher(publication)
                (lastSent, book) = try publication.writer.read { db in
                    (try OutboxLog.head(db), AcknowledgementBook(known: try OutboxLog.acknowledgedSubscribers(db)))
                }
            }
        } catch {
            started.resume(throwing: error)
            return
        }
        started.resume(returning: [router.lastEndpoint] + (pub.map { [$0.lastEndpoint] } ?? []))
        defer {
            router.close()
            pub?.close()
        }

        var poller = Self.poller(router, pub, wakeup: endpoint.mailbox.wakeup.fileDescriptor)
        var drain = SubscriptionDrain(stream: publication?.stream ?? "")
        var nextHeartbeat = clock.now
        var beats = 0
        while thread.isRunning {
            let untilBeat = max(0, (nextHeartbeat - clock.now).milliseconds)
            do {
                try poller.poll(timeoutMilliseconds: min(50, untilBeat))
                if poller.isReadable(0) {
                    var handled = 0
                    while handled < 1000, let frames = try router.receive(dontWait: true) {
                        handled += 1
                        handle(frames, router: router, book: &book)
                    }
                }
                var subscribed = false
                if let socket = pub, poller.isReadable(1) {
                    let turn = try drain.read(socket)
                    subscribed = turn.subscribed
                    if turn.flooded {
                        if let resets = drain.reset(at: clock.now) {
                            logger.warning(
                                "Subscription flood: publish socket reset",
                                metadata: [
                                    "resets": "\(resets)", "unmatched.limit": "\(SubscriptionDrain.foreignLimit)",
                                ])
                        }
                        socket.close()
                        pub = nil
                        poller = Self.poller(router, nil, wakeup: endpoint.mailbox.wakeup.fileDescriptor)
                    }
                }
                if pub == nil, let publication {
                    pub = try bindPublisher(publication, retryingFor: .seconds(1))
                    poller = Self.poller(router, pub, wakeup: endpoint.mailbox.wakeup.fileDescriptor)
                }
                var committed = false
                for command in endpoint.mailbox.takeAll() {
                    switch command {
                    case .committed: committed = true
                    case .send(let frames): send(frames, on: router)
                    }
                }
                if let pub, let publication {
                    if committed { lastSent = try publishNew(after: lastSent, on: pub, publication) }
                    if subscribed || clock.now >= nextHeartbeat {
                        lastSent = try heartbeat(
                            after: lastSent, on: pub, publication, acknowledgements: book.positions)
                        beats += 1
                        if beats % 10 == 0 { try applyRetention(publication, acknowledgements: book.positions) }
                    }
                }
                if clock.now >= nextHeartbeat { nextHeartbeat = clock.now + options.heartbeatInterval }
            } catch let error as ZMQError where error.contextTerminated {
                return
            } catch {
                logger.error("Endpoint turn failed", metadata: ["error": "\(error)"])
            }
        }
    }

    /// The loop's poller: the ROUTER at 0, the XPUB (when there is one) at 1, then the mailbox's wake-up.
    private static func poller(_ router: ZMQSocket, _ pub: ZMQSocket?, wakeup: Int32) -> ZMQPoller {
        var poller = ZMQPoller()
        poller.add(router)
        if let pub { poller.add(pub) }
        poller.add(fileDescriptor: wakeup)
        return poller
    }

    /// Binds a new XPUB for `publication`, whose inbound frames are subscriptions, no longer than a subscription
    /// to the stream (`SubscriptionDrain`). A reset retries the bind while the old socket's port is released.
    private func bindPublisher(_ publication: StreamEndpoint.Publication, retryingFor patience: Duration = .zero)
        throws -> ZMQSocket
    {
        let socket = try ZMQSocket(endpoint.context, type: .xpub)
        try socket.set(.xpubVerbose(true))
        try socket.set(.sendHighWaterMark(options.sendHighWaterMark))
        try socket.set(.maximumMessageSize(bytes: SubscriptionDrain.maximumFrameBytes(for: publication.stream)))
        try socket.set(.receiveHighWaterMark(SubscriptionDrain.queuedPerPeer))
        let deadline = clock.now + patience
        while (try? socket.bind(publication.publishEndpoint)) == nil {
            guard clock.now < deadline else {
                try socket.bind(publication.publishEndpoint)
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return socket
    }

    // MARK: - Publishing

    /// Sends every committed event after `lastSent`; returns the new last sent `seq`.
    private func publishNew(after lastSent: UInt64, on pub: ZMQSocket, _ publication: StreamEndpoint.Publication) throws
        -> UInt64
    {
        var sent = lastSent
        while true {
            let events = try publication.writer.read { try OutboxLog.events($0, from: sent + 1, limit: 2000) }
            for event in events {
                // PUB never blocks: at the high-water mark it drops, and subscribers replay the gap (F2).
                _ = try pub.send(
                    StreamWire.event(stream: publication.stream, epoch: publication.epoch, event), dontWait: true)
                sent = event.seq
            }
            if events.count < 2000 {
                endpoint.state.withLock { status in
                    if let head = status?.head, head < sent { status?.head = sent }
                }
                return sent
            }
        }
    }

    /// Sends a heartbeat with the durable head, first publishing anything a lost wake-up left behind.
    private func heartbeat(
        after lastSent: UInt64, on pub: ZMQSocket, _ publication: StreamEndpoint.Publication,
        acknowledgements: [String: UInt64]
    ) throws -> UInt64 {
        let (head, oldest) = try publication.writer.read { (try OutboxLog.head($0), try OutboxLog.oldestRetained($0)) }
        let sent = head > lastSent ? try publishNew(after: lastSent, on: pub, publication) : lastSent
        _ = try pub.send(
            StreamWire.heartbeat(stream: publication.stream, epoch: publication.epoch, head: head, oldest: oldest),
            dontWait: true)
        endpoint.state.withLock { status in
            status?.head = head
            status?.oldestRetained = oldest
            status?.acknowledged = acknowledgements
        }
        return sent
    }

    /// Stores the acknowledgements and prunes what every subscriber has (when retention is on).
    private func applyRetention(_ publication: StreamEndpoint.Publication, acknowledgements: [String: UInt64]) throws {
        guard !acknowledgements.isEmpty else { return }
        let oldest = try publication.writer.write { db in
            for (subscriber, seq) in acknowledgements {
                try OutboxLog.recordAcknowledgement(db, subscriber: subscriber, seq: seq)
            }
            if publication.retainedEvents > 0 { try OutboxLog.applyRetention(db, keep: publication.retainedEvents) }
            return try OutboxLog.oldestRetained(db)
        }
        endpoint.state.withLock { $0?.oldestRetained = oldest }
    }

    // MARK: - Requests

    private func handle(_ frames: [Data], router: ZMQSocket, book: inout AcknowledgementBook) {
        guard frames.count >= 2 else { return }
        let routing = frames[1].isEmpty ? Array(frames.prefix(2)) : [frames[0]]
        let payload = Array(frames.dropFirst(routing.count))
        switch StreamWire.parseRequest(payload) {
        case .success(.fetch(let stream, let epoch, let from, let credit)):
            if stream == publication?.stream { book.fetched(by: frames[0]) }
            send(routing + replay(stream: stream, epoch: epoch, from: from, credit: credit), on: router)
        case .success(.acknowledge(let stream, let subscriber, let seq)) where stream == publication?.stream:
            let head = endpoint.state.withLock { $0?.head ?? 0 }
            if let refusal = book.acknowledge(subscriber: subscriber, seq: seq, from: frames[0], head: head) {
                endpoint.state.withLock { $0?.refusedRequests += 1 }
                logger.debug("Ignored acknowledgement", metadata: ["reason": "\(refusal)"])
            }
        case .success(.acknowledge):
            refuse(routing, "ACK for a stream this service does not publish", on: router)
        case .success(.rpc(let requestID, let method, let body)):
            guard body.count <= options.maxMessageBytes else {
                let failure =
                    #"{"error":{"code":"too_large","message":"request of \#(body.count) bytes exceeds max_message_bytes \#(options.maxMessageBytes)"}}"#
                send(
                    routing + StreamWire.rpcReply(requestID: requestID, ok: false, body: Data(failure.utf8)), on: router
                )
                return
            }
            endpoint.continuation.yield(RPCRequest(routing: routing, requestID: requestID, method: method, body: body))
        case .failure(let error):
            refuse(routing, error.description, on: router)
        }
    }

    private func replay(stream: String, epoch: String, from: UInt64, credit: UInt64) -> [Data] {
        guard let publication, stream == publication.stream else {
            return StreamWire.error("this service does not publish stream \(stream)")
        }
        guard epoch.isEmpty || epoch == publication.epoch else {
            return StreamWire.epochMismatch(stream: stream, epoch: publication.epoch)
        }
        do {
            let limit = Int(min(max(credit, 1), options.maxCredit))
            let (head, oldest, events) = try publication.writer.read { db in
                (
                    try OutboxLog.head(db), try OutboxLog.oldestRetained(db),
                    try OutboxLog.events(db, from: max(from, 1), limit: limit)
                )
            }
            endpoint.state.withLock { status in
                status?.fetchesServed += 1
                if let known = status?.head, known < head { status?.head = head }
            }
            if from < oldest && from <= head {
                return StreamWire.gone(stream: stream, epoch: publication.epoch, oldest: oldest)
            }
            return StreamWire.events(stream: stream, epoch: publication.epoch, head: head, oldest: oldest, events)
        } catch {
            return StreamWire.error("replay failed: \(error)")
        }
    }

    private func refuse(_ routing: [Data], _ reason: String, on router: ZMQSocket) {
        endpoint.state.withLock { $0?.refusedRequests += 1 }
        logger.warning("Refused request", metadata: ["error": "\(reason)"])
        send(routing + StreamWire.error(reason), on: router)
    }

    private func send(_ frames: [Data], on router: ZMQSocket) {
        do {
            _ = try router.send(frames, dontWait: true)
        } catch let error where error.hostUnreachable {
            logger.debug("Reply to a departed peer dropped")
        } catch {
            logger.warning("Reply failed", metadata: ["error": "\(error)"])
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
