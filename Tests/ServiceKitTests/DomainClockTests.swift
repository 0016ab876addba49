import Contracts
import Foundation
import GRDB
import Streams
import TestSupport
import Testing

@testable import ServiceKit

/// Domain time (docs/architecture.md §4): the system clock, or simulated time that is part of the service's state.
@Suite struct DomainClockTests {
    let directory: TemporaryDirectory
    let pool: DatabasePool

    init() throws {
        directory = try TemporaryDirectory()
        pool = try openServiceStore(storePath(in: directory))
    }

    @Test func simulatedClockStartsAtTheConfiguredStartOnAFreshStore() throws {
        defer { directory.remove() }
        // Given a fresh store: no simulated time stored yet
        let stored = try pool.read { try DomainClockSchema.stored($0) }
        #expect(stored == nil)

        // When a simulated clock is made from it
        let clock = DomainClock(mode: .simulated(start: simulatedStart), stored: stored)

        // Then it reads the configured start, outside and inside a transaction
        #expect(clock.now() == simulatedStart)
        #expect(try pool.read { try clock.now(in: $0) } == simulatedStart)
    }

    @Test func systemClockFollowsTheWallClock() throws {
        defer { directory.remove() }
        // Given a system clock
        let clock = DomainClock(mode: .system, stored: simulatedStart)

        // When it is read
        let before = Date()
        let now = clock.now()
        let inTransaction = try pool.read { try clock.now(in: $0) }
        let after = Date()

        // Then it is the wall clock, whatever was stored
        #expect(now >= before && now <= after)
        #expect(inTransaction >= before && inTransaction <= after)
    }

    @Test func nowReflectsAnAdvanceOnlyAfterCommit() throws {
        defer { directory.remove() }
        // Given a simulated clock at its start
        let clock = DomainClock(mode: .simulated(start: simulatedStart), stored: nil)
        let later = afterStart(.seconds(3_600))

        // When it advances inside a transaction
        try pool.write { db in
            try clock.advance(to: later, in: db)

            // Then inside the transaction only `now(in:)` sees the new time
            #expect(clock.now() == simulatedStart)
            #expect(try clock.now(in: db) == later)
        }

        // And after commit `now()` sees it too, and it is stored
        #expect(clock.now() == later)
        #expect(try pool.read { try DomainClockSchema.stored($0) } == later)
    }

    @Test func rolledBackAdvanceChangesNothing() throws {
        defer { directory.remove() }
        // Given a simulated clock at its start
        let clock = DomainClock(mode: .simulated(start: simulatedStart), stored: nil)

        // When a transaction advances it and then fails
        #expect(throws: InjectedFailure(message: "after advance")) {
            try pool.write { db in
                try clock.advance(to: afterStart(.seconds(3_600)), in: db)
                throw InjectedFailure(message: "after advance")
            }
        }

        // Then neither `now()` nor the store moved
        #expect(clock.now() == simulatedStart)
        #expect(try pool.read { try DomainClockSchema.stored($0) } == nil)
    }

    @Test func simulatedTimeNeverMovesBackward() throws {
        defer { directory.remove() }
        // Given a clock advanced to +2h
        let clock = DomainClock(mode: .simulated(start: simulatedStart), stored: nil)
        try pool.write { try clock.advance(to: afterStart(.seconds(7_200)), in: $0) }

        // When an older time is applied
        try pool.write { try clock.advance(to: afterStart(.seconds(3_600)), in: $0) }

        // Then the clock stays at +2h, in memory and in the store
        #expect(clock.now() == afterStart(.seconds(7_200)))
        #expect(try pool.read { try DomainClockSchema.stored($0) } == afterStart(.seconds(7_200)))
    }
}
