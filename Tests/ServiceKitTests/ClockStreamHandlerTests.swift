import Contracts
import Foundation
import GRDB
import Streams
import TestSupport
import Testing

@testable import ServiceKit

/// The `clock` stream applied through the same `BatchApplier` a subscription uses, with `ClockStreamHandler`.
@Suite struct ClockStreamHandlerTests {
    let directory: TemporaryDirectory
    let pool: DatabasePool
    let clock: DomainClock

    init() throws {
        directory = try TemporaryDirectory()
        pool = try openServiceStore(storePath(in: directory))
        clock = DomainClock(mode: .simulated(start: simulatedStart), stored: nil)
    }

    private func applier(
        clock: DomainClock? = nil, pool: DatabasePool? = nil,
        timers: @escaping DurableTimers.Handler = recordingTimerHandler
    ) -> BatchApplier {
        BatchApplier(
            stream: StreamNames.clock, writer: pool ?? self.pool,
            handler: ClockStreamHandler(clock: clock ?? self.clock, timers: timers), maxBodyBytes: 1 << 20)
    }

    private func schedule(_ id: String, at due: Date, kind: String = "k", in pool: DatabasePool? = nil) throws {
        try (pool ?? self.pool).write { try DurableTimers.schedule(DurableTimer(id: id, kind: kind, due: due), in: $0) }
    }

    private func checkpoint(_ pool: DatabasePool? = nil) throws -> UInt64? {
        try (pool ?? self.pool).read { try Checkpoint.load($0, stream: StreamNames.clock)?.lastSeq }
    }

    @Test func tickStoresTimeFiresDueTimersAndMovesTheCheckpointTogether() throws {
        defer { directory.remove() }
        // Given timers due at +1h, +2h and +3h
        try schedule("one", at: afterStart(.seconds(3_600)))
        try schedule("two", at: afterStart(.seconds(7_200)))
        try schedule("three", at: afterStart(.seconds(10_800)))

        // When the supervisor's clock advances to +2h
        let outcome = try applier().apply(
            [clockAdvanced(seq: 1, to: afterStart(.seconds(7_200)))], epoch: clockEpoch, expected: 0)

        // Then the time is stored, the two due timers fired, the checkpoint moved, and `now()` shows +2h
        #expect(outcome == .applied(through: 1, deadLettered: 0))
        #expect(try pool.read { try DomainClockSchema.stored($0) } == afterStart(.seconds(7_200)))
        #expect(try committedEffects(pool) == ["fired:one", "fired:two"])
        #expect(try pendingTimers(pool).map(\.id) == ["three"])
        #expect(try checkpoint() == 1)
        #expect(clock.now() == afterStart(.seconds(7_200)))
    }

    @Test func batchOfTicksFiresEachTimerOnceAtItsTickStampedAtItsDueTime() throws {
        defer { directory.remove() }
        // Given timers at +10m and +50m
        try schedule("ten", at: afterStart(.seconds(600)))
        try schedule("fifty", at: afterStart(.seconds(3_000)))
        let clock = clock
        let handler: DurableTimers.Handler = { timer, db in
            // The handler reads the time its facts are stamped at, and the time the clock has reached.
            let now = try clock.now(in: db)
            let reached = try clock.reached(in: db)
            try recordEffect(
                "\(timer.id)@\(Int(now.timeIntervalSince(simulatedStart))) "
                    + "reached \(Int(reached.timeIntervalSince(simulatedStart)))", in: db)
        }

        // When three ticks arrive in one batch: +20m, +40m, +60m
        let ticks = try [1200, 2400, 3600].enumerated().map { index, seconds in
            try clockAdvanced(seq: UInt64(index + 1), to: afterStart(.seconds(seconds)))
        }
        let outcome = try applier(timers: handler).apply(ticks, epoch: clockEpoch, expected: 0)

        // Then each timer fired once, at the first tick past its due time, and acted at its due time
        #expect(outcome == .applied(through: 3, deadLettered: 0))
        #expect(try committedEffects(pool) == ["ten@600 reached 1200", "fifty@3000 reached 3600"])
        #expect(clock.now() == afterStart(.seconds(3_600)))
        #expect(try pool.read { try clock.now(in: $0) } == afterStart(.seconds(3_600)), "outside a firing: the tick")
    }

    @Test(arguments: [
        (Duration.seconds(7 * 3_600 + 59 * 60), false),  // +7h59m
        (Duration.milliseconds(8 * 3_600_000 - 1), false),  // one millisecond early
        (Duration.seconds(8 * 3_600), true),  // +8h exactly
        (Duration.seconds(8 * 3_600 + 60), true),  // a late tick
    ])
    func timerDueEightHoursLater(tick: Duration, fires: Bool) throws {
        defer { directory.remove() }
        // Given a timer due 8 hours after the simulated start
        try schedule("hold-end:ord_1", at: afterStart(.seconds(8 * 3_600)))

        // When the clock advances to `tick`
        _ = try applier().apply([clockAdvanced(seq: 1, to: afterStart(tick))], epoch: clockEpoch, expected: 0)

        // Then the timer fired if and only if 8 hours have passed
        #expect(try committedEffects(pool) == (fires ? ["fired:hold-end:ord_1"] : []))
        #expect(try pendingTimers(pool).isEmpty == fires)
    }

    @Test func eightHoursLaterAcrossSuccessiveTicks() throws {
        defer { directory.remove() }
        // Given a timer due at start + 8h
        let due = afterStart(.seconds(8 * 3_600))
        try schedule("hold-end:ord_1", at: due)
        let applier = applier()

        // When the clock reaches +7h59m
        _ = try applier.apply(
            [clockAdvanced(seq: 1, to: afterStart(.seconds(7 * 3_600 + 59 * 60)))], epoch: clockEpoch, expected: 0)

        // Then nothing fired yet and the timer is next due at +8h
        #expect(try committedEffects(pool) == [])
        #expect(try pool.read { try DurableTimers.nextDue(in: $0) } == due)

        // When the clock reaches +8h
        _ = try applier.apply([clockAdvanced(seq: 2, to: due)], epoch: clockEpoch, expected: 1)

        // Then the timer fired, once, and nothing is due any more
        #expect(try committedEffects(pool) == ["fired:hold-end:ord_1"])
        #expect(try pool.read { try DurableTimers.nextDue(in: $0) } == nil)
        #expect(clock.now() == due)
    }

    @Test func simulatedTimeAndTimersResumeFromTheStoreAfterRestart() throws {
        defer { directory.remove() }
        // Given a service that applied ticks up to +3h, with a timer pending at +5h, and then stopped
        let path = directory.file("restart/store.sqlite")
        var first: DatabasePool? = try openServiceStore(path)
        let firstClock = DomainClock(mode: .simulated(start: simulatedStart), stored: nil)
        try schedule("later", at: afterStart(.seconds(5 * 3_600)), in: first)
        _ = try applier(clock: firstClock, pool: first).apply(
            [
                clockAdvanced(seq: 1, to: afterStart(.seconds(3_600))),
                clockAdvanced(seq: 2, to: afterStart(.seconds(3 * 3_600))),
            ],
            epoch: clockEpoch, expected: 0)
        try first?.close()
        first = nil

        // When it restarts: the store is reopened and a new clock made from what it stored
        let reopened = try openServiceStore(path)
        let stored = try reopened.read { try DomainClockSchema.stored($0) }
        let restarted = DomainClock(mode: .simulated(start: simulatedStart), stored: stored)

        // Then domain time resumes at +3h, not at the configured start
        #expect(restarted.now() == afterStart(.seconds(3 * 3_600)))
        #expect(try reopened.read { try restarted.now(in: $0) } == afterStart(.seconds(3 * 3_600)))

        // And the pending timer survived and fires at the next tick past +5h, continuing the stream at seq 3
        #expect(try checkpoint(reopened) == 2)
        _ = try applier(clock: restarted, pool: reopened).apply(
            [clockAdvanced(seq: 3, to: afterStart(.seconds(6 * 3_600)))], epoch: clockEpoch, expected: 2)
        #expect(try committedEffects(reopened) == ["fired:later"])
        #expect(restarted.now() == afterStart(.seconds(6 * 3_600)))
    }

    @Test func otherEventTypesOnTheClockStreamAreIgnored() throws {
        defer { directory.remove() }
        // Given a due timer
        try schedule("due", at: simulatedStart)

        // When the clock stream carries an event of another type
        let other = StoredEvent(seq: 1, type: "clock.paused", body: Data(#"{"whatever":true}"#.utf8))
        let outcome = try applier().apply([other], epoch: clockEpoch, expected: 0)

        // Then it is skipped without effect, and the checkpoint still advances
        #expect(outcome == .applied(through: 1, deadLettered: 0))
        #expect(try pool.read { try DomainClockSchema.stored($0) } == nil)
        #expect(try committedEffects(pool) == [])
        #expect(try checkpoint() == 1)
    }

    @Test func clockHandlerHaltsOnFailureInsteadOfDeadLettering() {
        defer { directory.remove() }
        // Given the clock handler
        let handler = ClockStreamHandler(clock: clock, timers: recordingTimerHandler)

        // Then losing a tick would skip timers: every failure halts the stream
        #expect(handler.failurePolicy(for: ClockAdvanced.eventType) == .halt)
        #expect(handler.failurePolicy(for: "anything.else") == .halt)
    }

    @Test func failingTimerHaltsTheClockStreamAndLosesNoTimer() throws {
        defer { directory.remove() }
        // Given a tick to +1h that applies, then a tick to +2h whose due timer's handler fails
        try schedule("ok", at: afterStart(.seconds(1_800)))
        try schedule("boom", at: afterStart(.seconds(5_400)), kind: "boom")
        let timers: DurableTimers.Handler = { timer, db in
            if timer.kind == "boom" { throw InjectedFailure(message: "timer handler failed") }
            try recordEffect("fired:\(timer.id)", in: db)
        }
        let ticks = try [
            clockAdvanced(seq: 1, to: afterStart(.seconds(3_600))),
            clockAdvanced(seq: 2, to: afterStart(.seconds(7_200))),
        ]

        // When the batch is applied
        let outcome = try applier(timers: timers).apply(ticks, epoch: clockEpoch, expected: 0)

        // Then the stream halts before seq 2; seq 2's time is not stored and its timer is still pending
        #expect(outcome == .halted(appliedThrough: 1, at: 2, reason: "timer handler failed"))
        #expect(try pool.read { try DomainClockSchema.stored($0) } == afterStart(.seconds(3_600)))
        #expect(try committedEffects(pool) == ["fired:ok"])
        #expect(try pendingTimers(pool).map(\.id) == ["boom"])
        #expect(try checkpoint() == 1)
        #expect(try pool.read { try clock.now(in: $0) } == afterStart(.seconds(3_600)))
        #expect(try pool.read { try DeadLetters.count($0) } == 0)
    }

    /// Regression: `DomainClock.advance` updates the in-memory time in `afterNextTransaction`, which GRDB calls when
    /// the *outer* transaction commits, even if the savepoint that ran `advance` (BatchApplier runs each
    /// event in one) was rolled back. A halted tick therefore still moves `now()`.
    @Test func haltedTickDoesNotMoveNow() throws {
        defer { directory.remove() }
        // Given a tick to +1h that applies, then a tick to +2h whose due timer's handler fails
        try schedule("boom", at: afterStart(.seconds(5_400)), kind: "boom")
        let timers: DurableTimers.Handler = { timer, _ in
            if timer.kind == "boom" { throw InjectedFailure(message: "timer handler failed") }
        }
        let ticks = try [
            clockAdvanced(seq: 1, to: afterStart(.seconds(3_600))),
            clockAdvanced(seq: 2, to: afterStart(.seconds(7_200))),
        ]

        // When the batch is applied and halts at seq 2
        let outcome = try applier(timers: timers).apply(ticks, epoch: clockEpoch, expected: 0)
        #expect(outcome == .halted(appliedThrough: 1, at: 2, reason: "timer handler failed"))

        // Then `now()` shows the committed time (+1h), as the store does, not the rolled-back +2h
        #expect(try pool.read { try DomainClockSchema.stored($0) } == afterStart(.seconds(3_600)))
        #expect(clock.now() == afterStart(.seconds(3_600)))
    }
}
