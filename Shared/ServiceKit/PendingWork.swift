import Foundation
import GRDB

/// What a service adds to its host's `clock.progress` answer (docs/architecture.md §4), read in the answer's
/// transaction: when its next timer must fire at its own time, and how many calls it decided in a transaction
/// and has not made yet. The supervisor's stepped clock stops at the first and waits for the second. Also what its
/// work's state adds to the host's `status`: the alerts an operator must see.
public struct PendingWork: Sendable {
    public var nextDue: @Sendable (Database) throws -> Date?
    public var queuedCalls: @Sendable (Database) throws -> Int
    public var alerts: @Sendable (Database) throws -> [String]

    public init(
        nextDue: @escaping @Sendable (Database) throws -> Date? = { try DurableTimers.nextDue(in: $0) },
        queuedCalls: @escaping @Sendable (Database) throws -> Int = { _ in 0 },
        alerts: @escaping @Sendable (Database) throws -> [String] = { _ in [] }
    ) {
        self.nextDue = nextDue
        self.queuedCalls = queuedCalls
        self.alerts = alerts
    }

    /// Its durable timers, and no queued calls: a host run without a `DomainService`.
    public static let timersOnly = PendingWork()
}
