import Foundation
import GRDB
import ServiceKit
import Synchronization
import TestSupport
import Testing

/// Durable timers live in the service's store and fire in the same transaction as their effects
/// (docs/architecture.md §4).
@Suite struct DurableTimersTests {
    let directory: TemporaryDirectory
    let pool: DatabasePool

    init() throws {
        directory = try TemporaryDirectory()
        pool = try openServiceStore(storePath(in: directory))
    }

    private func schedule(_ timers: DurableTimer...) throws {
        try pool.write { db in for timer in timers { try DurableTimers.schedule(timer, in: db) } }
    }

    // MARK: schedule, replace, cancel

    @Test func scheduledTimerIsPendingWithItsFields() throws {
        defer { directory.remove() }
        // Given a timer with a payload
        let timer = DurableTimer(
            id: "hold-end:ord_1", kind: "hold-end", due: afterStart(.seconds(3_600)),
            payload: Data(#"{"order":"ord_1"}"#.utf8))

        // When it is scheduled
        try schedule(timer)

        // Then it is pending exactly as given
        #expect(try pendingTimers(pool) == [timer])
    }

    @Test func schedulingTheSameIdAgainMovesTheTimer() throws {
        defer { directory.remove() }
        // Given a scheduled timer
        try schedule(DurableTimer(id: "t", kind: "first", due: afterStart(.seconds(60)), payload: Data("a".utf8)))

        // When a timer with the same id is scheduled
        let moved = DurableTimer(id: "t", kind: "second", due: afterStart(.seconds(7_200)), payload: Data("b".utf8))
        try schedule(moved)

        // Then only the new one is pending: kind, due and payload all replaced
        #expect(try pendingTimers(pool) == [moved])
    }

    @Test func cancelRemovesTheTimerAndIgnoresUnknownIds() throws {
        defer { directory.remove() }
        // Given two scheduled timers
        try schedule(
            DurableTimer(id: "a", kind: "k", due: afterStart(.seconds(60))),
            DurableTimer(id: "b", kind: "k", due: afterStart(.seconds(120))))

        // When one is cancelled, and an unknown id is cancelled
        try pool.write { db in
            try DurableTimers.cancel(id: "a", in: db)
            try DurableTimers.cancel(id: "never-scheduled", in: db)
        }

        // Then only the other one is left
        #expect(try pendingTimers(pool).map(\.id) == ["b"])
    }

    @Test func pendingListsSoonestFirstThenById() throws {
        defer { directory.remove() }
        // Given timers scheduled out of order, two with the same due time
        try schedule(
            DurableTimer(id: "late", kind: "k", due: afterStart(.seconds(300))),
            DurableTimer(id: "b", kind: "k", due: afterStart(.seconds(100))),
            DurableTimer(id: "a", kind: "k", due: afterStart(.seconds(100))))

        // When the pending timers are listed
        // Then they come in due order, ties by id
        #expect(try pendingTimers(pool).map(\.id) == ["a", "b", "late"])
    }

    @Test func timerDueTimesKeepMilliseconds() throws {
        defer { directory.remove() }
        // Given a timer due at a time with milliseconds
        let due = simulatedStart.addingTimeInterval(0.25)
        try schedule(DurableTimer(id: "ms", kind: "k", due: due))

        // When it is read back
        // Then the due time is the same instant
        #expect(try pendingTimers(pool).first?.due == due)
    }

    // MARK: nextDue

    @Test func nextDueIsNilWithoutTimersAndTheSoonestOtherwise() throws {
        defer { directory.remove() }
        // Given no timers
        // Then there is no next due time
        #expect(try pool.read { try DurableTimers.nextDue(in: $0) } == nil)

        // When timers are scheduled
        try schedule(
            DurableTimer(id: "b", kind: "k", due: afterStart(.seconds(500))),
            DurableTimer(id: "a", kind: "k", due: afterStart(.seconds(200))))

        // Then the next due time is the soonest
        #expect(try pool.read { try DurableTimers.nextDue(in: $0) } == afterStart(.seconds(200)))
    }

    // MARK: fireDue

    @Test func fireDueFiresOnlyDueTimersInDueOrder() throws {
        defer { directory.remove() }
        // Given timers before, at and after `now`
        let now = afterStart(.seconds(1_000))
        try schedule(
            DurableTimer(id: "after", kind: "k", due: now.addingTimeInterval(0.001)),
            DurableTimer(id: "at-now", kind: "k", due: now),
            DurableTimer(id: "second", kind: "k", due: afterStart(.seconds(500))),
            DurableTimer(id: "first", kind: "k", due: afterStart(.seconds(100))))

        // When due timers fire at `now`
        let fired = try pool.write { try DurableTimers.fireDue(at: now, in: $0, handler: recordingTimerHandler) }

        // Then the three due ones fired, soonest first, and the later one is still pending
        #expect(fired == 3)
        #expect(try committedEffects(pool) == ["fired:first", "fired:second", "fired:at-now"])
        #expect(try pendingTimers(pool).map(\.id) == ["after"])
    }

    @Test func fireDueStopsAtTheLimitAndTheNextCallGoesOnInOrder() throws {
        defer { directory.remove() }
        // Given five timers due at the same moment, scheduled out of id order
        let now = afterStart(.seconds(1_000))
        try schedule(
            DurableTimer(id: "e", kind: "k", due: now), DurableTimer(id: "b", kind: "k", due: now),
            DurableTimer(id: "d", kind: "k", due: now), DurableTimer(id: "a", kind: "k", due: now),
            DurableTimer(id: "c", kind: "k", due: now))

        // When they fire at most two per call
        let first = try pool.write {
            try DurableTimers.fireDue(at: now, in: $0, limit: 2, handler: recordingTimerHandler)
        }
        let second = try pool.write {
            try DurableTimers.fireDue(at: now, in: $0, limit: 2, handler: recordingTimerHandler)
        }
        let rest = try pool.write {
            try DurableTimers.fireDue(at: now, in: $0, limit: 2, handler: recordingTimerHandler)
        }

        // Then each call fired up to two, ties broken by id, and all five fired once
        #expect(first == 2 && second == 2 && rest == 1)
        #expect(try committedEffects(pool) == ["fired:a", "fired:b", "fired:c", "fired:d", "fired:e"])
        #expect(try pendingTimers(pool).isEmpty)
    }

    @Test func firedTimerIsGoneAndDoesNotFireTwice() throws {
        defer { directory.remove() }
        // Given a due timer that has fired
        try schedule(DurableTimer(id: "once", kind: "k", due: afterStart(.seconds(10))))
        let now = afterStart(.seconds(20))
        try pool.write { _ = try DurableTimers.fireDue(at: now, in: $0, handler: recordingTimerHandler) }

        // When due timers fire again at the same or a later time
        let again = try pool.write { db in
            try DurableTimers.fireDue(at: now, in: db, handler: recordingTimerHandler)
                + DurableTimers.fireDue(at: afterStart(.seconds(99_999)), in: db, handler: recordingTimerHandler)
        }

        // Then nothing fires a second time
        #expect(again == 0)
        #expect(try committedEffects(pool) == ["fired:once"])
    }

    @Test func handlerGetsTheTimerAsScheduled() throws {
        defer { directory.remove() }
        // Given a timer with a kind and a payload
        let timer = DurableTimer(
            id: "hold-end:ord_9", kind: "hold-end", due: afterStart(.seconds(30)), payload: Data([1, 2, 3]))
        try schedule(timer)

        // When it fires
        let seen = SeenTimers()
        _ = try pool.write {
            try DurableTimers.fireDue(at: afterStart(.seconds(30)), in: $0) { timer, _ in seen.append(timer) }
        }

        // Then the handler sees id, kind, due and payload
        #expect(seen.all == [timer])
    }

    @Test func throwingHandlerRollsBackAndLosesNoTimer() throws {
        defer { directory.remove() }
        // Given two due timers, the second of which makes its handler fail (a "crash" mid-firing)
        try schedule(
            DurableTimer(id: "a", kind: "ok", due: afterStart(.seconds(10))),
            DurableTimer(id: "b", kind: "boom", due: afterStart(.seconds(20))))
        let handler: DurableTimers.Handler = { timer, db in
            try recordEffect("fired:\(timer.id)", in: db)
            if timer.kind == "boom" { throw InjectedFailure(message: "handler failed on \(timer.id)") }
        }

        // When they fire in one transaction
        #expect(throws: InjectedFailure(message: "handler failed on b")) {
            try pool.write { try DurableTimers.fireDue(at: afterStart(.seconds(60)), in: $0, handler: handler) }
        }

        // Then the transaction rolled back: no effect committed, both timers still pending
        #expect(try committedEffects(pool) == [])
        #expect(try pendingTimers(pool).map(\.id) == ["a", "b"])
    }

    @Test func timerScheduledDueNowByAHandlerFiresInTheSameCall() throws {
        defer { directory.remove() }
        // Given a timer whose handler schedules a follow-up due now and another due later
        let now = afterStart(.seconds(100))
        try schedule(DurableTimer(id: "chain-1", kind: "chain", due: afterStart(.seconds(50))))
        let handler: DurableTimers.Handler = { timer, db in
            try recordEffect("fired:\(timer.id)", in: db)
            if timer.id == "chain-1" {
                try DurableTimers.schedule(DurableTimer(id: "chain-2", kind: "chain", due: now), in: db)
                try DurableTimers.schedule(
                    DurableTimer(id: "later", kind: "chain", due: now.addingTimeInterval(1)), in: db)
            }
        }

        // When due timers fire at `now`
        let fired = try pool.write { try DurableTimers.fireDue(at: now, in: $0, handler: handler) }

        // Then the follow-up due now fired in the same call; the later one waits
        #expect(fired == 2)
        #expect(try committedEffects(pool) == ["fired:chain-1", "fired:chain-2"])
        #expect(try pendingTimers(pool).map(\.id) == ["later"])
    }

    @Test func handlerMayRescheduleItsOwnIdForLater() throws {
        defer { directory.remove() }
        // Given a recurring timer whose handler moves itself one minute on
        try schedule(DurableTimer(id: "tick", kind: "every-minute", due: afterStart(.seconds(60))))
        let handler: DurableTimers.Handler = { timer, db in
            try recordEffect("fired:\(timer.id)@\(Int(timer.due.timeIntervalSince(simulatedStart)))", in: db)
            try DurableTimers.schedule(
                DurableTimer(id: timer.id, kind: timer.kind, due: timer.due.addingTimeInterval(60)), in: db)
        }

        // When time is at +3m30s
        let fired = try pool.write {
            try DurableTimers.fireDue(at: afterStart(.seconds(210)), in: $0, handler: handler)
        }

        // Then it caught up (fired for +1m, +2m, +3m) and waits for +4m
        #expect(fired == 3)
        #expect(try committedEffects(pool) == ["fired:tick@60", "fired:tick@120", "fired:tick@180"])
        #expect(try pendingTimers(pool).map(\.due) == [afterStart(.seconds(240))])
    }
}

/// Collects the timers a handler saw.
private final class SeenTimers: Sendable {
    private let timers = Mutex<[DurableTimer]>([])
    var all: [DurableTimer] { timers.withLock { $0 } }
    func append(_ timer: DurableTimer) { timers.withLock { $0.append(timer) } }
}
