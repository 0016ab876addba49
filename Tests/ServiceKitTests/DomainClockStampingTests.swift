import Contracts
import Foundation
import GRDB
import Streams
import TestSupport
import Testing

@testable import ServiceKit

/// With simulated time a fact is stamped when it would have happened had time flowed continuously
/// (docs/architecture.md §4): a timer at its due time, an event's effects no earlier than the event.
@Suite struct DomainClockStampingTests {
    let directory: TemporaryDirectory
    let pool: DatabasePool
    let clock: DomainClock

    init() throws {
        directory = try TemporaryDirectory()
        pool = try openServiceStore(storePath(in: directory))
        clock = DomainClock(mode: .simulated(start: simulatedStart), stored: nil)
        try pool.write { [clock] in try clock.advance(to: afterStart(.seconds(3_600)), in: $0) }
    }

    @Test func aTimerFiringReadsItsDueTimeAndThenTheClockAgain() throws {
        defer { directory.remove() }
        let due = afterStart(.seconds(600))
        let (inside, reached, after) = try pool.write { db in
            let (inside, reached) = try clock.stamping(at: due, in: db) {
                (try clock.now(in: db), try clock.reached(in: db))
            }
            return (inside, reached, try clock.now(in: db))
        }
        #expect(inside == due)
        #expect(reached == afterStart(.seconds(3_600)), "the clock itself stays where it is")
        #expect(after == afterStart(.seconds(3_600)))
    }

    @Test(
        arguments: [
            (nil, 3_600),  // no cause: the clock
            (1_800, 3_600),  // a cause the clock has passed: the clock
            (5_400, 5_400),  // a cause ahead of the clock (its tick not applied yet): the cause
        ] as [(Int?, Int)])
    func anEffectIsNeverStampedBeforeItsCause(cause: Int?, stamped: Int) throws {
        defer { directory.remove() }
        let now = try pool.write { db in
            try clock.stamping(after: cause.map { afterStart(.seconds($0)) }, in: db) { try clock.now(in: db) }
        }
        #expect(now == afterStart(.seconds(stamped)))
    }

    @Test func stampingsNestAndRestore() throws {
        defer { directory.remove() }
        let seen = try pool.write { db in
            try clock.stamping(at: afterStart(.seconds(600)), in: db) {
                let timer = try clock.now(in: db)
                let caused = try clock.stamping(after: afterStart(.seconds(900)), in: db) { try clock.now(in: db) }
                let earlier = try clock.stamping(after: afterStart(.seconds(300)), in: db) { try clock.now(in: db) }
                return [timer, caused, earlier, try clock.now(in: db)]
            }
        }
        #expect(seen == [600, 900, 600, 600].map { afterStart(.seconds($0)) })
    }

    @Test func theSystemClockIgnoresStamping() throws {
        defer { directory.remove() }
        let system = DomainClock(mode: .system, stored: nil)
        let before = Date()
        let now = try pool.write { db in
            try system.stamping(at: simulatedStart, in: db) { try system.now(in: db) }
        }
        #expect(now >= before)
    }

    @Test func aFailedFiringRestoresTheClock() throws {
        defer { directory.remove() }
        let after = try pool.write { db in
            _ = try? clock.stamping(at: simulatedStart, in: db) { throw InjectedFailure(message: "boom") }
            return try clock.now(in: db)
        }
        #expect(after == afterStart(.seconds(3_600)))
    }

    @Test func anEventsEffectsAreStampedNoEarlierThanTheEvent() throws {
        defer { directory.remove() }
        // Given a handler that records the time it stamps at, behind the causal wrapper the host puts around it
        let handler = CausalStreamHandler(handler: StampRecorder(clock: clock), clock: clock)
        let applier = BatchApplier(stream: "orders", writer: pool, handler: handler, maxBodyBytes: 1 << 20)

        // When events stamped before, at and after the process's clock (+1h) arrive
        let events = try [1_800, 3_600, 5_400].enumerated().map { index, seconds in
            try Self.event(seq: UInt64(index + 1), at: afterStart(.seconds(seconds)))
        }
        _ = try applier.apply(events, epoch: "orders-epoch", expected: 0)

        // Then each effect is stamped at the later of the clock and the event
        #expect(try committedEffects(pool) == ["3600", "3600", "5400"])
    }

    @Test(arguments: [
        #"{"at":"2026-11-22T08:00:00.250Z","data":{}}"#,  // the bus's shape: sorted keys, `at` first
        #"{"v":1,"stream":"orders","at":"2026-11-22T08:00:00.250Z","data":{}}"#,  // another order
        #"{"at" : "2026-11-22T08:00:00.250Z"}"#,  // spaces
    ])
    func anEnvelopesTimeIsReadWhateverItsShape(body: String) {
        #expect(CausalStreamHandler.time(of: Data(body.utf8)) == DomainTime.parse("2026-11-22T08:00:00.250Z"))
    }

    @Test func aBodyWithoutATimeHasNone() {
        #expect(CausalStreamHandler.time(of: Data("not json".utf8)) == nil)
        #expect(CausalStreamHandler.time(of: Data(#"{"v":1}"#.utf8)) == nil)
    }

    /// An event on stream `orders` stamped `at`.
    static func event(seq: UInt64, at: Date) throws -> StoredEvent {
        let envelope = Envelope(
            stream: "orders", epoch: "orders-epoch", seq: seq, id: "e\(seq)", type: ClockAdvanced.eventType, at: at,
            data: ClockAdvanced(now: at))
        return StoredEvent(seq: seq, type: ClockAdvanced.eventType, body: try DomainTime.makeEncoder().encode(envelope))
    }
}

/// Records the time a fact made while applying each event would be stamped at, in seconds after the start.
private struct StampRecorder: StreamHandler {
    let clock: DomainClock

    func apply(_ event: IncomingEvent, in db: Database) throws {
        try recordEffect("\(Int(try clock.now(in: db).timeIntervalSince(simulatedStart)))", in: db)
    }
}
