import Contracts
import Foundation
import GRDB
import Glibc
import ServiceKit
import Streams

/// Appends a probe source's ticks inside the caller's transaction: each tick's row and its `probe.ticked` event,
/// with `emittedAtNanos` read while the transaction is open, before the commit.
///
/// `DROPLINE_PROBE_KILL_AT=N:before-commit` or `N:after-commit` makes the process SIGKILL itself while writing
/// tick N, to test F4 and F5 at an exact point (a real SIGKILL, not a simulation).
public struct TickDesk: Sendable {
    /// Where a self-kill happens.
    public enum KillPoint: String, Sendable {
        case beforeCommit = "before-commit"
        case afterCommit = "after-commit"
    }

    let outbox: Outbox
    let clock: DomainClock
    let kill: (n: Int, point: KillPoint)?

    /// - Parameter killAt: `N:before-commit` or `N:after-commit`; nil, or anything else, kills nothing.
    public init(outbox: Outbox, clock: DomainClock, killAt: String?) {
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

    /// Appends `count` ticks after the last one; returns the last n.
    func append(_ count: Int, in db: Database) throws -> Int {
        let first = try TickRecords.last(in: db) + 1
        for n in first..<(first + count) {
            try TickRecords.insert(n, in: db)
            let tick = ProbeTicked(n: n, emittedAtNanos: MonotonicClock.nanoseconds())
            try outbox.append(tick, at: clock.now(), correlation: "tick-\(n)", in: db)
            if let kill, kill.n == n {
                switch kill.point {
                case .beforeCommit: Glibc.kill(getpid(), SIGKILL)
                case .afterCommit: db.afterNextTransaction { _ in Glibc.kill(getpid(), SIGKILL) }
                }
            }
        }
        return first + count - 1
    }
}
