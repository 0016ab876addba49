import Contracts
import Foundation
import GRDB
import Streams
import TestSupport
import Testing
import ZeroMQBus

/// Rows of the failure matrix (docs/streams.md §6) over real ZeroMQ (ipc) and real SQLite files, in one process.
/// Process kills (F3, F4, F5 by SIGKILL, the chaos test) are in MeshTests.
@Suite(.serialized, .timeLimit(.minutes(2))) struct LosslessStreamTests {
    let directory: TemporaryDirectory
    let context: ZMQContext

    init() throws {
        directory = try TemporaryDirectory()
        context = try ZMQContext()
    }

    func publisher(_ name: String = "pub.sqlite", retained: Int = 0, sendHighWaterMark: Int32 = 100_000) async throws
        -> TestPublisher
    {
        try await TestPublisher(
            store: directory.file(name), rpc: directory.ipc("pub.rpc"), pub: directory.ipc("pub.pub"),
            context: context, retained: retained, sendHighWaterMark: sendHighWaterMark)
    }

    func subscription(
        _ pool: DatabasePool, handler: RecordingHandler = RecordingHandler(),
        receiveHighWaterMark: Int32 = 100_000, batchMax: Int = 500
    ) -> Subscription {
        makeSubscription(
            store: pool, rpc: directory.ipc("pub.rpc"), pub: directory.ipc("pub.pub"), context: context,
            handler: handler, batchMax: batchMax, receiveHighWaterMark: receiveHighWaterMark)
    }

    func finish(_ parts: [any Sendable]) async {
        for part in parts {
            if let subscription = part as? Subscription { await subscription.stop() }
            if let publisher = part as? TestPublisher { await publisher.stop() }
        }
        context.terminate()
        directory.remove()
    }

    @Test func liveEventsAreAppliedExactlyOnceInOrder() async throws {
        let publisher = try await publisher()
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink)
        subscription.start()
        try publisher.emit(5_000)
        try await waitUntil("5,000 effects") { try effects(sink).count >= 5_000 }
        #expect(try isExactlyOnce(sink, count: 5_000))
        try await waitUntil("the status to show 5,000 applied") { subscription.status.applied == 5_000 }
        await finish([subscription, publisher])
    }

    @Test func lateJoinerReplaysEverythingPublishedBeforeItConnected() async throws {  // F1
        let publisher = try await publisher()
        try publisher.emit(4_000)
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink)
        subscription.start()
        try publisher.emit(1_000, from: 4_001)
        try await waitUntil("5,000 effects") { try effects(sink).count >= 5_000 }
        #expect(try isExactlyOnce(sink, count: 5_000))
        await finish([subscription, publisher])
    }

    @Test func highWaterMarkDropsBecomeGapsThatAreReplayed() async throws {  // F2, F6, F16
        let publisher = try await publisher(sendHighWaterMark: 20)
        let sink = try openStore(directory.file("sub.sqlite"))
        let slow = RecordingHandler(perEventDelayMicroseconds: 50)
        let subscription = subscription(sink, handler: slow, receiveHighWaterMark: 20, batchMax: 50)
        subscription.start()
        try await waitUntil("subscription live") { subscription.status.counters.fetches > 0 }
        try publisher.emit(20_000, perTransaction: 500)
        try await waitUntil("20,000 effects", timeout: .seconds(60)) { try effects(sink).count >= 20_000 }
        #expect(try isExactlyOnce(sink, count: 20_000))
        let status = subscription.status
        #expect(status.counters.gapFetches > 0 && status.counters.fetches > 1)
        await finish([subscription, publisher])
    }

    @Test func restartedSubscriberContinuesFromItsCheckpoint() async throws {  // F3 (in-process stop)
        let publisher = try await publisher()
        let sink = try openStore(directory.file("sub.sqlite"))
        let first = subscription(sink)
        first.start()
        try publisher.emit(3_000)
        try await waitUntil("some effects") { try effects(sink).count >= 1_000 }
        await first.stop()
        try publisher.emit(3_000, from: 3_001)
        let second = subscription(sink)
        second.start()
        try await waitUntil("6,000 effects") { try effects(sink).count >= 6_000 }
        #expect(try isExactlyOnce(sink, count: 6_000))
        await finish([second, publisher])
    }

    @Test func eventCommittedButNeverSentIsFoundByHeartbeat() async throws {  // F4, F8
        let publisher = try await publisher()
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink)
        subscription.start()
        try publisher.emit(100)
        try await waitUntil("100 effects") { try effects(sink).count >= 100 }
        // A second connection to the file commits events the publisher's commit observer never sees:
        // exactly the state after a crash between commit and send.
        let ghost = try DatabaseQueue(path: directory.file("pub.sqlite"))
        try await ghost.write { db in
            for n in 101...150 { try publisher.outbox.append(Tick(n: n), at: Date(), in: db) }
        }
        try await waitUntil("150 effects") { try effects(sink).count >= 150 }
        #expect(try isExactlyOnce(sink, count: 150))
        try ghost.close()
        await finish([subscription, publisher])
    }

    @Test func rolledBackTransactionConsumesNoSeq() async throws {  // F5
        let publisher = try await publisher()
        try publisher.emit(10)
        await #expect(throws: TestFailure.self) {
            try await publisher.pool.write { db in
                try publisher.outbox.append(Tick(n: 11), at: Date(), in: db)
                throw TestFailure(message: "crash before commit")
            }
        }
        try publisher.emit(1, from: 11)
        let seqs = try await publisher.pool.read {
            try Int64.fetchAll($0, sql: "SELECT seq FROM outboxEvent ORDER BY seq")
        }
        #expect(seqs == Array(1...11))
        await finish([publisher])
    }

    @Test func outboxIdsAreTimeOrderedUUIDs() async throws {
        // Given events appended in two transactions
        let publisher = try await publisher()
        try publisher.emit(3)
        try publisher.emit(3, from: 4)
        // Then every id is a version-7 UUID whose leading timestamp never decreases in seq order, so new ids
        // append to the outbox's unique index instead of landing on random pages
        let ids = try await publisher.pool.read {
            try String.fetchAll($0, sql: "SELECT id FROM outboxEvent ORDER BY seq")
        }
        #expect(ids.allSatisfy { UUID(uuidString: $0) != nil && Array($0)[14] == "7" })
        let timestamps = ids.map { $0.prefix(13) }
        #expect(timestamps == timestamps.sorted())
        #expect(Set(ids).count == 6)
        await finish([publisher])
    }

    @Test func restartOrderDoesNotMatterAndASilentPublisherIsSuspect() async throws {  // F9, F10
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink)
        subscription.start()  // before any publisher exists
        let first = try await publisher()
        try first.emit(500)
        try await waitUntil("500 effects") { try effects(sink).count >= 500 }
        await first.stop()
        try await waitUntil("suspect after 3 silent heartbeats") { subscription.status.phase == .suspect }
        #expect(subscription.status.alert?.contains("silent") == true)
        let second = try await publisher()  // same store file, same epoch
        try second.emit(500, from: 501)
        try await waitUntil("1,000 effects") { try effects(sink).count >= 1_000 }
        #expect(try isExactlyOnce(sink, count: 1_000))
        try await waitUntil("alert cleared") { subscription.status.alert == nil }
        await finish([subscription, second])
    }

    @Test func recreatedPublisherStoreIsFencedNotReadAsDuplicates() async throws {  // F11
        let first = try await publisher()
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink)
        subscription.start()
        try first.emit(300)
        try await waitUntil("300 effects") { try effects(sink).count >= 300 }
        await first.stop()
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: directory.file("pub.sqlite" + suffix))
        }
        let recreated = try await publisher()
        try recreated.emit(400)  // seq 1…400 again, under a new epoch
        try await waitUntil("fenced") { subscription.status.phase == .fenced }
        #expect(try isExactlyOnce(sink, count: 300))
        #expect(subscription.status.alert?.contains("fenced") == true)
        await finish([subscription, recreated])
    }

    @Test func uncleanShutdownUnderAnotherBootRotatesTheEpoch() throws {  // F12
        let pool = try openStore(directory.file("pub.sqlite"))
        let first = try pool.write { try StreamMeta.open($0, bootID: "boot-a") }
        let killed = try pool.write { try StreamMeta.open($0, bootID: "boot-a") }  // SIGKILL, same boot
        #expect(killed.epoch == first.epoch && !killed.rotatedAfterUncleanShutdown)
        let afterPowerLoss = try pool.write { try StreamMeta.open($0, bootID: "boot-b") }
        #expect(afterPowerLoss.epoch != first.epoch && afterPowerLoss.rotatedAfterUncleanShutdown)
        try pool.write { try StreamMeta.close($0) }
        let afterCleanStop = try pool.write { try StreamMeta.open($0, bootID: "boot-c") }
        #expect(afterCleanStop.epoch == afterPowerLoss.epoch)
        let synchronous = try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2)  // FULL
        context.terminate()
        directory.remove()
    }

    @Test func retentionPrunesWhatEverySubscriberAcknowledgedKeepingTheLatest() async throws {  // retention
        let publisher = try await publisher(retained: 100)
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink)
        subscription.start()
        try publisher.emit(1_000)
        try await waitUntil("1,000 effects") { try effects(sink).count >= 1_000 }
        // ACKs flow every heartbeat interval and retention runs every tenth heartbeat (100 ms here)
        try await waitUntil("outbox pruned to the latest 100", timeout: .seconds(20)) {
            try await publisher.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT MIN(seq) FROM outboxEvent") == 901
            }
        }
        #expect(publisher.endpoint.status?.acknowledged["test-sink"] == 1_000)
        #expect(publisher.endpoint.status?.oldestRetained == 901)
        try publisher.emit(10, from: 1_001)  // the sequence continues after pruning
        try await waitUntil("1,010 effects") { try effects(sink).count >= 1_010 }
        #expect(try isExactlyOnce(sink, count: 1_010))
        await finish([subscription, publisher])
    }

    @Test func subscriberBehindRetentionIsToldGone() async throws {  // F13
        let publisher = try await publisher()
        try publisher.emit(1_000)
        try await publisher.pool.write { try OutboxLog.prune($0, through: 600) }
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink)
        subscription.start()
        try await waitUntil("gone") { subscription.status.phase == .gone }
        #expect(try effects(sink).isEmpty)
        #expect(subscription.status.alert?.contains("keeps only from 601") == true)
        await finish([subscription, publisher])
    }

    @Test func poisonEventIsDeadLetteredAndRetriedByAnOperator() async throws {  // F14 default
        let publisher = try await publisher()
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink, handler: RecordingHandler(failing: [42]))
        subscription.start()
        try publisher.emit(100)
        try await waitUntil("99 effects") { try effects(sink).count >= 99 }
        #expect(try effects(sink) == (1...100).filter { $0 != 42 }.map(UInt64.init))
        try await waitUntil("checkpoint past the poison") { subscription.status.applied == 100 }
        let letters = try await sink.read { try DeadLetters.all($0) }
        #expect(letters.map(\.seq) == [42] && letters[0].error.contains("handler refuses seq 42"))
        #expect(subscription.status.deadLetters == 1)
        // The same subscription retries after the handler was fixed: here, a handler without the failure.
        let fixed = BatchApplier(stream: "probe", writer: sink, handler: RecordingHandler(), maxBodyBytes: 1 << 20)
        #expect(try fixed.retryDeadLetter(seq: 42, epoch: subscription.status.epoch ?? "") == nil)
        #expect(try await sink.read { try DeadLetters.count($0) } == 0)
        #expect(try effects(sink).last == 42)
        await finish([subscription, publisher])
    }

    @Test func haltingTypeStopsTheStreamBeforeThePoison() async throws {  // F14 halt
        let publisher = try await publisher()
        let sink = try openStore(directory.file("sub.sqlite"))
        let subscription = subscription(sink, handler: RecordingHandler(failing: [42], halting: true))
        subscription.start()
        try publisher.emit(100)
        try await waitUntil("halted") { subscription.status.phase == .halted }
        #expect(try isExactlyOnce(sink, count: 41))
        #expect(subscription.status.applied == 41)
        #expect(subscription.status.alert?.contains("halted before seq 42") == true)
        await finish([subscription, publisher])
    }

    @Test func twoAppliersOnOneStoreApplyEachEventOnce() async throws {  // F15
        let publisher = try await publisher()
        let sink = try openStore(directory.file("sub.sqlite"))
        let twin = try openStore(directory.file("sub.sqlite"))  // a second "process" on the same file
        let first = subscription(sink, batchMax: 20)
        let second = subscription(twin, batchMax: 20)
        first.start()
        second.start()
        try publisher.emit(5_000, perTransaction: 50)
        try await waitUntil("5,000 effects") { try effects(sink).count >= 5_000 }
        try await waitUntil("both caught up") { first.status.applied == 5_000 && second.status.applied == 5_000 }
        #expect(try isExactlyOnce(sink, count: 5_000))
        await finish([first, second, publisher])
    }
}
