import Foundation
import GRDB
import Synchronization

/// Domain time for every rule (docs/architecture.md §4): the system clock, or simulated time from the supervisor.
///
/// Simulated time is part of the service's state: the last `clock.advanced` applied is stored in
/// `domainClock` in the same transaction as the timers it fired, so a restart resumes at the same instant.
public final class DomainClock: Sendable {
    /// Where time comes from.
    public enum Mode: Sendable, Equatable {
        case system
        case simulated(start: Date)
    }

    public let mode: Mode
    private let cached: Mutex<Date>

    public init(mode: Mode, stored: Date?) {
        self.mode = mode
        switch mode {
        case .system: cached = Mutex(Date())
        case .simulated(let start): cached = Mutex(stored ?? start)
        }
    }

    /// The current domain time as last committed (system: the wall clock).
    public func now() -> Date {
        if case .system = mode { return Date() }
        return cached.withLock { $0 }
    }

    /// The current domain time as seen inside a transaction.
    public func now(in db: Database) throws -> Date {
        switch mode {
        case .system: Date()
        case .simulated(let start): try DomainClockSchema.stored(db) ?? start
        }
    }

    /// Records a new simulated time inside the clock subscription's transaction.
    public func advance(to time: Date, in db: Database) throws {
        try DomainClockSchema.store(time, in: db)
        let clock = self
        // Read back what committed: a savepoint that stored `time` may have rolled back inside this transaction.
        db.afterNextTransaction { db in
            guard let committed = try? DomainClockSchema.stored(db) else { return }
            clock.cached.withLock { $0 = max($0, committed) }
        }
    }
}
