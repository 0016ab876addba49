import Foundation
import GRDB
import Glibc
import Streams

/// Emits `probe.ticked` events: at a steady rate, and on demand through `probe.emit`.
///
/// Each tick row and its event commit in one transaction. `DROPLINE_PROBE_KILL_AT=N:before-commit` or
/// `N:after-commit` makes the process SIGKILL itself while writing event N, to test F4 and F5 at an
/// exact point (a real SIGKILL, not a simulation). Every tick carries `emittedAtNanos`, read while its
/// transaction is open, before the commit.
public struct ProbeSource: Sendable {
    /// Where a self-kill happens.
    public enum KillPoint: String, Sendable {
        case beforeCommit = "before-commit"
        case afterCommit = "after-commit"
    }

    let store: DatabasePool
    let outbox: Outbox
    let clock: @Sendable () -> Date
    let kill: (n: Int, point: KillPoint)?

    public init(store: DatabasePool, outbox: Outbox, clock: @escaping @Sendable () -> Date, killAt: String?) {
        self.store = store
        self.outbox = outbox
        self.clock = clock
        kill = killAt.flatMap { text in
            let parts = text.split(separator: ":")
            guard parts.count == 2, let n = Int(parts[0]), let point = KillPoint(rawValue: String(parts[1])) else {
                return nil
            }
            return (n, point)
        }
    }

    /// Appends `count` ticks after the last one, `perTransaction` per commit; returns the last n.
    @discardableResult
    public func emit(count: Int, perTransaction: Int) async throws -> Int {
        var remaining = count
        var last = 0
        while remaining > 0 {
            let batch = min(remaining, max(perTransaction, 1))
            last = try await store.write { db in try self.appendTicks(batch, in: db) }
            remaining -= batch
        }
        return last
    }

    private func appendTicks(_ count: Int, in db: Database) throws -> Int {
        let first = (try Int.fetchOne(db, sql: "SELECT MAX(n) FROM tick") ?? 0) + 1
        for n in first..<(first + count) {
            try db.cachedStatement(sql: "INSERT INTO tick(n) VALUES(?)").execute(arguments: [n])
            let tick = ProbeTicked(n: n, emittedAtNanos: MonotonicClock.nanoseconds())
            try outbox.append(tick, at: clock(), correlation: "tick-\(n)", in: db)
            if let kill, kill.n == n {
                switch kill.point {
                case .beforeCommit: Glibc.kill(getpid(), SIGKILL)
                case .afterCommit: db.afterNextTransaction { _ in Glibc.kill(getpid(), SIGKILL) }
                }
            }
        }
        return first + count - 1
    }

    /// Emits `rate` events per second in ten commits a second until cancelled.
    public func emitSteadily(rate: Int) async throws {
        guard rate > 0 else { return }
        var owed = 0.0
        while !Task.isCancelled {
            owed += Double(rate) / 10
            let now = Int(owed)
            if now > 0 {
                try await emit(count: now, perTransaction: now)
                owed -= Double(now)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
