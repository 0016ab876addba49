import Contracts
import Foundation
import GRDB
import Streams
import TestSupport
import Testing
import ZeroMQBus

/// Finding 11: `["ACK","orders","evil",2^64-1]` added subscriber evil to `subscriberProgress`, where its position
/// would hold retention back for ever or let it prune what real subscribers still need. The publisher keeps an ACK
/// only from a subscriber that follows the stream, and never beyond its head.
@Suite(.serialized, .timeLimit(.minutes(1))) struct AcknowledgementTests {
    @Test("Finding 11: an ACK from a peer that never fetched, or beyond the head, is not stored")
    func forgedAcknowledgementsAreIgnored() async throws {
        // Given a publisher with 5 events and a real subscriber that follows it
        let directory = try TemporaryDirectory()
        let context = try ZMQContext()
        let (rpc, pub) = (directory.ipc("pub.rpc"), directory.ipc("pub.pub"))
        let publisher = try await TestPublisher(
            store: directory.file("pub.sqlite"), rpc: rpc, pub: pub, context: context)
        try publisher.emit(5)
        let sink = try openStore(directory.file("sink.sqlite"))
        let subscription = makeSubscription(store: sink, rpc: rpc, pub: pub, context: context)
        subscription.start()
        try await waitUntil("the sink to apply 5 events") { try isExactlyOnce(sink, count: 5) }

        // When a peer that never fetched acknowledges for "evil", then fetches (its ACKs after that count),
        // and every ACK beyond the head is ignored
        let replies = try await RawDealer.run(
            endpoint: rpc, context: context,
            steps: [
                .send(StreamWire.acknowledge(stream: "probe", subscriber: "evil", seq: UInt64.max)),
                .send(StreamWire.acknowledge(stream: "probe", subscriber: "evil", seq: 3)),
                .exchange(StreamWire.fetch(stream: "probe", epoch: "", from: 1, credit: 1)),
                .send(StreamWire.acknowledge(stream: "probe", subscriber: "late", seq: 6)),
                .send(StreamWire.acknowledge(stream: "probe", subscriber: "honest", seq: 4)),
                .exchange(StreamWire.fetch(stream: "probe", epoch: "", from: 5, credit: 1)),
            ])
        #expect(replies.count == 2)

        // Then only the real subscriber and the ACK made after a fetch, within the head, are kept, in status and
        // in subscriberProgress
        try await waitUntil("the acknowledgements to be stored") {
            try Self.progress(publisher.pool) == ["honest": 4, "test-sink": 5]
        }
        #expect(publisher.endpoint.status?.acknowledged == ["honest": 4, "test-sink": 5])
        #expect(publisher.endpoint.status?.refusedRequests == 3)

        // And after a restart, a subscriber already known may acknowledge again before it fetches (a live
        // subscriber need not fetch again when its publisher restarts), still never beyond the head
        await publisher.stop()
        let restarted = try await TestPublisher(
            store: directory.file("pub.sqlite"), rpc: rpc, pub: pub, context: context)
        _ = try await RawDealer.run(
            endpoint: rpc, context: context,
            steps: [
                .send(StreamWire.acknowledge(stream: "probe", subscriber: "honest", seq: 5)),
                .send(StreamWire.acknowledge(stream: "probe", subscriber: "honest", seq: 1_000)),
                .send(StreamWire.acknowledge(stream: "probe", subscriber: "evil", seq: 5)),
                .exchange(StreamWire.fetch(stream: "other", epoch: "", from: 1, credit: 1)),
            ])
        try await waitUntil("the known subscriber's acknowledgement to be stored") {
            try Self.progress(restarted.pool)["honest"] == 5
        }
        #expect(try Self.progress(restarted.pool)["evil"] == nil)
        await subscription.stop()
        await restarted.stop()
        context.terminate()
        directory.remove()
    }

    /// `subscriberProgress`, by subscriber.
    static func progress(_ pool: DatabasePool) throws -> [String: UInt64] {
        try pool.read { db in
            var progress: [String: UInt64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT subscriber, ackedSeq FROM subscriberProgress") {
                progress[row["subscriber"]] = UInt64(row["ackedSeq"] as Int64)
            }
            return progress
        }
    }
}

/// A DEALER driven frame by frame from a thread of its own, as a client outside Dropline would be.
enum RawDealer {
    /// One step: send frames and go on, or send and wait for the reply.
    enum Step {
        case send([Data])
        case exchange([Data])
    }

    /// Runs `steps` on one connection to `endpoint`; returns the replies of the exchanges.
    static func run(endpoint: String, context: ZMQContext, steps: [Step]) async throws -> [[Data]] {
        try await withCheckedThrowingContinuation { continuation in
            _ = SocketThread(name: "raw-dealer") { _ in
                do {
                    let dealer = try ZMQSocket(context, type: .dealer)
                    defer { dealer.close() }
                    try dealer.set(.receiveTimeout(milliseconds: 5_000))
                    try dealer.connect(endpoint)
                    var replies: [[Data]] = []
                    for step in steps {
                        switch step {
                        case .send(let frames):
                            try dealer.send(frames)
                        case .exchange(let frames):
                            try dealer.send(frames)
                            guard let reply = try dealer.receive() else { throw TestFailure(message: "no reply") }
                            replies.append(reply)
                        }
                    }
                    continuation.resume(returning: replies)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
