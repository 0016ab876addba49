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
        let pub: ZMQSocket?
        var lastSent: UInt64 = 0
        do {
            router = try ZMQSocket(endpoint.context, type: .router)
            try router.set(.routerMandatory(true))
            try router.set(.heartbeat(intervalMilliseconds: 1000, timeoutMilliseconds: 5000))
            try router.set(.maximumMessageSize(bytes: Int64(options.maxMessageBytes) * 2 + 65_536))
            try router.set(.sendHighWaterMark(10_000))
            try router.bind(options.rpcEndpoint)
            if let publication {
                let socket = try ZMQSocket(endpoint.context, type: .xpub)
                try socket.set(.xpubVerbose(true))
                try socket.set(.sendHighWaterMark(options.sendHighWaterMark))
                try socket.bind(publication.publishEndpoint)
                pub = socket
                lastSent = try publication.writer.read { try OutboxLog.head($0) }
            } else {
                pub = nil
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

        var poller = ZMQPoller()
        let routerIndex = poller.add(router)
        let pubIndex = pub.map { poller.add($0) }
        poller.add(fileDescriptor: endpoint.mailbox.wakeup.fileDescriptor)
        var acknowledgements: [String: UInt64] = [:]
        var nextHeartbeat = clock.now
        var beats = 0
        while thread.isRunning {
            let untilBeat = max(0, (nextHeartbeat - clock.now).milliseconds)
            do {
                try poller.poll(timeoutMilliseconds: min(50, untilBeat))
                if poller.isReadable(routerIndex) {
                    var handled = 0
                    while handled < 1000, let frames = try router.receive(dontWait: true) {
                        handled += 1
                        handle(frames, router: router, acknowledgements: &acknowledgements)
                    }
                }
                var subscribed = false
                if let pub, let pubIndex, poller.isReadable(pubIndex) {
                    while let frames = try pub.receive(dontWait: true) {
                        if frames.first?.first == 1 { subscribed = true }
                    }
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
                            after: lastSent, on: pub, publication, acknowledgements: acknowledgements)
                        beats += 1
                        if beats % 10 == 0 { try applyRetention(publication, acknowledgements: acknowledgements) }
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

    private func handle(_ frames: [Data], router: ZMQSocket, acknowledgements: inout [String: UInt64]) {
        guard frames.count >= 2 else { return }
        let routing = frames[1].isEmpty ? Array(frames.prefix(2)) : [frames[0]]
        let payload = Array(frames.dropFirst(routing.count))
        switch StreamWire.parseRequest(payload) {
        case .success(.fetch(let stream, let epoch, let from, let credit)):
            send(routing + replay(stream: stream, epoch: epoch, from: from, credit: credit), on: router)
        case .success(.acknowledge(let stream, let subscriber, let seq)) where stream == publication?.stream:
            acknowledgements[subscriber] = max(acknowledgements[subscriber] ?? 0, seq)
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
            endpoint.state.withLock { $0?.fetchesServed += 1 }
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
