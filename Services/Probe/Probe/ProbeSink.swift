import Contracts
import Foundation
import GRDB
import Streams

/// Applies a probe stream: one `received` row per event, in the subscription's transaction.
///
/// Each row keeps the event's `emittedAtNanos` and the moment it was applied (`appliedAtNanos`); `commits`
/// adds when the transaction became durable, for latency measurements (`dropline-bench`).
public struct ProbeSink: StreamHandler {
    let commits: CommitStamps

    public init(commits: CommitStamps = CommitStamps()) {
        self.commits = commits
    }

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        guard event.type == ProbeTicked.eventType else { return }
        let tick = try event.decode(ProbeTicked.self).data
        try db.cachedStatement(
            sql: "INSERT INTO received(stream, seq, n, emittedAtNanos, appliedAtNanos) VALUES(?, ?, ?, ?, ?)"
        ).execute(
            arguments: [
                event.stream, Int64(event.seq), tick.n, tick.emittedAtNanos.map { Int64(clamping: $0) },
                Int64(clamping: MonotonicClock.nanoseconds()),
            ])
        commits.note(seq: event.seq, in: db)
    }
}

/// What a sink has applied, for tests and the benchmark: exactly once means `count == distinct == last`
/// and `inOrder`.
public struct ProbeSummary: Codable, Sendable, Equatable {
    public var count: Int
    public var distinct: Int
    public var firstSeq: Int?
    public var lastSeq: Int?
    /// Every row's seq is its position: 1, 2, 3… with nothing missing, doubled or reordered.
    public var inOrder: Bool

    /// Reads the summary from a sink's store.
    public static func read(_ db: Database) throws -> ProbeSummary {
        let row = try Row.fetchOne(
            db, sql: "SELECT COUNT(*), COUNT(DISTINCT seq), MIN(seq), MAX(seq) FROM received")
        let misplaced =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM received WHERE seq != position") ?? 0
        let count: Int = row?[0] ?? 0
        return ProbeSummary(
            count: count, distinct: row?[1] ?? 0, firstSeq: row?[2], lastSeq: row?[3], inOrder: misplaced == 0)
    }

    /// Exactly once for a stream of `expected` events: 1…expected, each applied once, in order.
    public func isExactlyOnce(expected: Int) -> Bool {
        count == expected && distinct == expected && firstSeq == (expected > 0 ? 1 : nil)
            && lastSeq == (expected > 0 ? expected : nil) && inOrder
    }
}
