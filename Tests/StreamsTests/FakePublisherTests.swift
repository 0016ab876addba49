import Contracts
import Foundation
import GRDB
import Streams
import TestSupport
import Testing
import ZeroMQBus

/// A real `Subscription` into a real SQLite store, fed by a publisher whose frames the test scripts
/// (`FakePublisher`) or through a relay restarted mid-stream (`BusRelay`): rows F6, F7, F8, F17, F18 and
/// bad input on the bus, asserting exactly-once effects.
@Suite(.serialized, .timeLimit(.minutes(1))) struct FakePublisherTests {
    let directory: TemporaryDirectory
    let context: ZMQContext

    init() throws {
        directory = try TemporaryDirectory()
        context = try ZMQContext()
    }

    /// A fake publisher answering FETCH with `answer`, a sink store, and a subscription (heartbeat 100 ms,
    /// so its fetch timeout is 1 s; max message 1 MiB) from one to the other, not yet started.
    func scripted(answer: @escaping FakePublisher.Answer = { _ in nil }) async throws
        -> (FakePublisher, DatabasePool, Subscription)
    {
        let fake = try await FakePublisher(in: directory, context: context, answer: answer)
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = makeSubscription(
            store: sink, rpc: fake.rpcEndpoint, pub: fake.publishEndpoint, context: context)
        return (fake, sink, subscription)
    }

    /// Starts `subscription` and waits until the fake's XPUB has its subscription, so live messages reach it.
    func start(_ subscription: Subscription, on fake: FakePublisher) async throws {
        subscription.start()
        try await waitUntil("the subscriber subscribed") { fake.subscriptions > 0 }
    }

    /// Stops every socket owner, then the context; removes the folder.
    func finish(
        _ subscription: Subscription, fake: FakePublisher? = nil, relays: [BusRelay] = [],
        publisher: TestPublisher? = nil
    ) async {
        await subscription.stop()
        if let fake {
            await fake.stop()
            #expect(fake.failure == nil)
        }
        for relay in relays {
            await relay.stop()
            #expect(relay.failure == nil)
        }
        await publisher?.stop()
        context.terminate()
        directory.remove()
    }

    @Test("F7: live events sent out of order are applied in order", arguments: Reordering.allCases)
    func outOfOrderLiveEventsAreAppliedInOrder(_ reordering: Reordering) async throws {
        // Given a fake that never answers FETCH, so order can only come from the subscriber's buffer
        let (fake, sink, subscription) = try await scripted()
        try await start(subscription, on: fake)
        // When 301 events are sent live out of order
        fake.publish(try reordering.order(count: 301).map { try FakePublisher.event($0) })
        // Then they are applied exactly once, in seq order
        try await waitUntil("301 effects") { try effects(sink).count >= 301 }
        #expect(try isExactlyOnce(sink, count: 301))
        #expect(subscription.status.counters.duplicates == 0)
        await finish(subscription, fake: fake)
    }

    @Test func silentTailLossIsFoundByTheHeartbeat() async throws {  // F8
        // Given a fake whose store is empty at first, beating with head 0
        let (fake, sink, subscription) = try await scripted(answer: FakePublisher.replaying([]))
        fake.beat(head: 0)
        try await start(subscription, on: fake)
        try await waitUntil("the start-up FETCH") { fake.fetches.count == 1 }
        // When it stores 1…100, sends 1…90 live and beats with head 90
        let log = try (1...100).map { try FakePublisher.event($0) }
        fake.answer(FakePublisher.replaying(log))
        fake.publish(Array(log.prefix(90)))
        fake.beat(head: 90)
        try await waitUntil("90 effects") { try effects(sink).count >= 90 }
        #expect(fake.fetches.count == 1)
        // And its heartbeats then announce head 100, the last 10 never sent live
        fake.beat(head: 100)
        // Then the subscriber fetches from 91 on the heartbeat alone and converges exactly once
        try await waitUntil("100 effects", timeout: .seconds(5)) { try effects(sink).count >= 100 }
        #expect(try isExactlyOnce(sink, count: 100))
        #expect(fake.fetches.map(\.from) == [1, 91])
        #expect(subscription.status.counters.fetchTimeouts == 0)
        await finish(subscription, fake: fake)
    }

    @Test func unansweredFetchIsSentAgainAfterTheTimeout() async throws {  // F17
        // Given a fake that stores 1…50, sends none live, beats with head 50, and ignores the first FETCH
        let replay = FakePublisher.replaying(try (1...50).map { try FakePublisher.event($0) })
        let (fake, sink, subscription) = try await scripted(answer: { $0.number == 1 ? nil : replay($0) })
        fake.beat(head: 50)
        // When the subscription starts and its FETCH goes unanswered
        subscription.start()
        // Then it sends the FETCH again after its 1 s timeout, once, and converges exactly once
        try await waitUntil("50 effects", timeout: .seconds(10)) { try effects(sink).count >= 50 }
        #expect(try isExactlyOnce(sink, count: 50))
        let fetches = fake.fetches
        try #require(fetches.count == 2)
        #expect(fetches.map(\.from) == [1, 1])
        #expect(fetches[1].receivedAt - fetches[0].receivedAt >= .milliseconds(800))
        #expect(subscription.status.counters.fetchTimeouts == 1)
        await finish(subscription, fake: fake)
    }

    @Test func everyEventTwiceLiveAndAgainInReplayIsAppliedOnce() async throws {  // F6
        // Given a fake that stores 1…200 and replays them to the start-up FETCH
        let log = try (1...200).map { try FakePublisher.event($0) }
        let (fake, sink, subscription) = try await scripted(answer: FakePublisher.replaying(log))
        fake.beat(head: 200)
        try await start(subscription, on: fake)
        // When it also sends every event twice live
        fake.publish(log.flatMap { [$0, $0] })
        // Then every event is applied once and the two extra copies of each are counted as duplicates
        try await waitUntil("400 duplicates") { subscription.status.counters.duplicates >= 400 }
        #expect(try isExactlyOnce(sink, count: 200))
        #expect(subscription.status.counters.duplicates == 400)
        #expect(fake.fetches.count == 1)
        await finish(subscription, fake: fake)
    }

    @Test func badInputOnTheBusIsRefusedOrDeadLetteredAndTheStreamGoesOn() async throws {
        // Given a subscription (max message 1 MiB) to a fake beating with head 0
        let (fake, sink, subscription) = try await scripted()
        fake.beat(head: 0)
        try await start(subscription, on: fake)
        // When messages arrive that do not parse: 4 frames, a 4-byte seq, seq 0, an unknown kind frame
        let frames = StreamWire.event(
            stream: FakePublisher.stream, epoch: FakePublisher.epoch, try FakePublisher.event(1))
        var shortSeq = frames, zeroSeq = frames, unknownKind = frames
        shortSeq[3] = Data([0, 0, 0, 1])
        zeroSeq[3] = ZMQFrames.uint64(0)
        unknownKind[1] = Data("Z".utf8)
        fake.publish(frames: [Array(frames.prefix(4)), shortSeq, zeroSeq, unknownKind])
        // Then each is refused and counted, and nothing is applied
        try await waitUntil("4 refused") { subscription.status.refused == 4 }
        #expect(try effects(sink).isEmpty)
        #expect(subscription.status.applied == 0)
        // When well-framed events 1, 2, 3 carry a body that is not JSON, an envelope of version 2 and 10 MB,
        // and valid events 4…10 follow
        let notJSON = StoredEvent(seq: 1, type: Tick.eventType, body: Data("not json {".utf8))
        let version2 = StoredEvent(
            seq: 2, type: Tick.eventType, body: try withVersion(2, try FakePublisher.event(2).body))
        let huge = try FakePublisher.event(3, Tick(n: 3, padding: String(repeating: "x", count: 10 << 20)))
        fake.publish([notJSON, version2, huge] + (try (4...10).map { try FakePublisher.event($0) }))
        fake.beat(head: 10)
        // Then 1…3 are dead-lettered with their reasons, the checkpoint moves past them, and 4…10 apply in order
        try await waitUntil("checkpoint at 10") { subscription.status.applied == 10 }
        #expect(try effects(sink) == Array(4...10))
        let letters = try await sink.read { try DeadLetters.all($0) }
        try #require(letters.map(\.seq) == [1, 2, 3])
        #expect(letters[0].error.contains("not valid JSON"), "\(letters[0].error)")
        #expect(letters[1].error.contains("unknown envelope version 2"), "\(letters[1].error)")
        #expect(letters[2].error.contains("over the limit of 1048576"), "\(letters[2].error)")
        // And the service keeps running, counting all of it
        let status = subscription.status
        #expect(status.deadLetters == 3 && status.refused == 4)
        #expect(status.phase == .live && status.alert == nil)
        await finish(subscription, fake: fake)
    }

    @Test func relayRestartMidStreamIsJustMoreGaps() async throws {  // F18
        // Given a real publisher, a relay in front of its XPUB, and a subscription that takes live events
        // from the relay and replays directly from the publisher's ROUTER
        let publisher = try await TestPublisher(
            store: directory.file("pub.sqlite"), rpc: directory.ipc("pub.rpc"), pub: directory.ipc("pub.pub"),
            context: context)
        let relayed = directory.ipc("relay.pub")
        let first = try await BusRelay(from: directory.ipc("pub.pub"), to: relayed, context: context)
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = makeSubscription(store: sink, rpc: directory.ipc("pub.rpc"), pub: relayed, context: context)
        subscription.start()
        try await waitUntil("the subscriber behind the relay") { first.subscriptions > 0 }
        // When the relay stops while 1,000 events are being published
        let emitting = Task { try publisher.emit(1_000, perTransaction: 10) }
        try await waitUntil("live events through the relay") { try effects(sink).count >= 100 }
        await first.stop()
        try await emitting.value
        // And 500 more are published while it is down, and 500 after a new relay took its place
        try publisher.emit(500, from: 1_001)
        let second = try await BusRelay(from: directory.ipc("pub.pub"), to: relayed, context: context)
        try await waitUntil("the subscriber behind the new relay") { second.subscriptions > 0 }
        try publisher.emit(500, from: 1_501)
        // Then every event is applied exactly once
        try await waitUntil("2,000 effects") { try effects(sink).count >= 2_000 }
        #expect(try isExactlyOnce(sink, count: 2_000))
        #expect(first.forwarded > 0 && second.forwarded > 0)
        await finish(subscription, relays: [first, second], publisher: publisher)
    }
}

extension FakePublisherTests {
    /// Orders in which the F7 test sends events live.
    enum Reordering: CaseIterable, Sendable {
        /// 1, 3, 2, 5, 4, …
        case swappedPairs
        /// 10, 9, …, 1, 20, 19, …, 11, …
        case reversedTens

        func order(count: UInt64) -> [UInt64] {
            switch self {
            case .swappedPairs:
                var order: [UInt64] = [1]
                var next: UInt64 = 2
                while next < count {
                    order += [next + 1, next]
                    next += 2
                }
                return next == count ? order + [count] : order
            case .reversedTens:
                return stride(from: 1, through: count, by: 10).flatMap { ($0...min($0 + 9, count)).reversed() }
            }
        }
    }
}

/// `body` (an envelope) with its format version `"v"` replaced.
private func withVersion(_ version: Int, _ body: Data) throws -> Data {
    var object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    object["v"] = version
    return try JSONSerialization.data(withJSONObject: object)
}
