import Contracts
import Foundation
import GRDB
import Synchronization

/// Domain time for every rule (docs/architecture.md §4): the system clock, or simulated time from the supervisor.
///
/// Simulated time is part of the service's state: the last `clock.advanced` applied is stored in
/// `domainClock` in the same transaction as the timers it fired, so a restart resumes at the same instant.
///
/// With simulated time a fact is stamped at the moment it would have happened had time flowed continuously, not
/// at the moment the process got to it: inside `stamping(at:in:_:)` (a timer firing) `now(in:)` reads the timer's
/// due time, and inside `stamping(after:in:_:)` (an event or call applied) it never reads earlier than its cause.
/// Outside both it reads the time the process's clock has reached (`reached(in:)`).
public final class DomainClock: Sendable {
    /// Where time comes from.
    public enum Mode: Sendable, Equatable {
        case system
        case simulated(start: Date)
    }

    public let mode: Mode
    private let cached: Mutex<Date>
    /// The instant the facts of a transaction's current input are stamped at, by connection, while
    /// `stamping(at:in:_:)` or `stamping(after:in:_:)` runs.
    private let instants = Mutex<[ObjectIdentifier: Date]>([:])

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

    /// The domain time a fact made now inside a transaction is stamped at: the instant of the timer or cause
    /// being applied, else the time the clock has reached (system: the wall clock).
    public func now(in db: Database) throws -> Date {
        guard case .simulated = mode else { return Date() }
        if let instant = instants.withLock({ $0[ObjectIdentifier(db)] }) { return instant }
        return try reached(in: db)
    }

    /// The time the process's clock has reached inside a transaction: the last `clock.advanced` applied (or the
    /// simulated start), whatever input is being applied (system: the wall clock).
    public func reached(in db: Database) throws -> Date {
        switch mode {
        case .system: Date()
        case .simulated(let start): try DomainClockSchema.stored(db) ?? start
        }
    }

    /// Runs `body`, the firing of a timer due at `due`: with simulated time every fact it makes is stamped at
    /// `due`, however late the clock reached it (a step of the supervisor's clock fires every timer due within
    /// it). With the system clock it only runs `body`.
    public func stamping<T>(at due: Date, in db: Database, _ body: () throws -> T) rethrows -> T {
        guard case .simulated = mode else { return try body() }
        return try stamping(instant: DomainTime.rounded(due), in: db, body)
    }

    /// Runs `body`, the effects of an event or a call that happened at `cause`: with simulated time no fact it
    /// makes is stamped before `cause`, nor before the time the clock has reached. A process that applies an
    /// event before the clock tick it happened at reaches it acts at the event's time, not at its own earlier
    /// time. With the system clock, or without a cause, it only runs `body`.
    public func stamping<T>(after cause: Date?, in db: Database, _ body: () throws -> T) throws -> T {
        guard case .simulated = mode, let cause else { return try body() }
        let reached = try now(in: db)
        guard cause > reached else { return try body() }
        return try stamping(instant: DomainTime.rounded(cause), in: db, body)
    }

    /// Runs `body` with `now(in:)` reading `instant` on `db`'s connection, then restores what it read before.
    private func stamping<T>(instant: Date, in db: Database, _ body: () throws -> T) rethrows -> T {
        let key = ObjectIdentifier(db)
        let previous = instants.withLock { instants in
            defer { instants[key] = instant }
            return instants[key]
        }
        defer { instants.withLock { $0[key] = previous } }
        return try body()
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
