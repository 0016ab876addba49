import Contracts
import Foundation
import GRDB
import Streams
import TestSupport
import Testing

@testable import ServiceKit

/// A store's `clock.progress` answer (docs/architecture.md §4), read in one transaction from a real store.
@Suite struct ClockProgressTests {
    let directory: TemporaryDirectory
    let pool: DatabasePool
    let clock: DomainClock

    init() throws {
        directory = try TemporaryDirectory()
        pool = try openServiceStore(storePath(in: directory))
        clock = DomainClock(mode: .simulated(start: simulatedStart), stored: nil)
    }

    private func progress(work: PendingWork = .timersOnly, follows: Bool = true) throws -> ClockProgress {
        try pool.read { db in
            try ClockProgress(
                name: "svc", pid: 7, clock: follows ? clock : nil, stream: "svc",
                consumes: ["orders", StreamNames.clock], work: work, in: db)
        }
    }

    @Test func aFreshStoreReportsItsStartAndNothingElse() throws {
        defer { directory.remove() }
        #expect(
            try progress()
                == ClockProgress(
                    name: "svc", pid: 7, domainTime: simulatedStart, stream: "svc", head: 0,
                    applied: ["orders": 0, StreamNames.clock: 0]))
    }

    @Test func itReportsTheClockTheNextTimerTheHeadAndEachCheckpoint() throws {
        defer { directory.remove() }
        // Given a store that applied 3 clock ticks and 12 orders events, published 2 events and keeps 2 timers
        let outbox = Outbox(stream: "svc", epoch: "svc-epoch", maxBodyBytes: 1 << 20)
        try pool.write { [clock] db in
            try clock.advance(to: afterStart(.seconds(3_600)), in: db)
            try Checkpoint.advance(db, stream: StreamNames.clock, epoch: "c", from: 0, to: 3)
            try Checkpoint.advance(db, stream: "orders", epoch: "o", from: 0, to: 12)
            for seconds in [7_200, 5_400] {
                try DurableTimers.schedule(
                    DurableTimer(id: "t\(seconds)", kind: "k", due: afterStart(.seconds(seconds))), in: db)
            }
            for _ in 0..<2 { try outbox.append(ClockAdvanced(now: simulatedStart), at: simulatedStart, in: db) }
        }

        // Then its answer says so, with what the service adds: calls still queued
        let report = try progress(work: PendingWork(queuedCalls: { _ in 4 }))
        #expect(report.domainTime == afterStart(.seconds(3_600)))
        #expect(report.nextDue == afterStart(.seconds(5_400)))
        #expect(report.head == 2)
        #expect(report.applied == ["orders": 12, StreamNames.clock: 3])
        #expect(report.queuedCalls == 4)
    }

    @Test func aServiceMayLeaveATimerOutOfItsNextDue() throws {
        defer { directory.remove() }
        // Given a poll timer due first and a domain timer after it
        try pool.write { db in
            try DurableTimers.schedule(DurableTimer(id: "poll", kind: "poll", due: afterStart(.seconds(60))), in: db)
            try DurableTimers.schedule(DurableTimer(id: "hold", kind: "hold", due: afterStart(.seconds(90))), in: db)
        }

        // Then a service that leaves polls out reports the domain timer
        let work = PendingWork(nextDue: { try DurableTimers.nextDue(excludingKind: "poll", in: $0) })
        #expect(try progress(work: work).nextDue == afterStart(.seconds(90)))
        #expect(try progress().nextDue == afterStart(.seconds(60)))
    }

    @Test func aProcessThatDoesNotFollowTheClockReportsNoDomainTime() throws {
        defer { directory.remove() }
        #expect(try progress(follows: false).domainTime == nil)
    }
}
