import Contracts
import Foundation
import GRDB
import Streams

/// Applies a probe source's stream: one `received` row per `probe.ticked`, in the subscription's transaction;
/// ignores types it does not know.
///
/// Each row keeps the event's `emittedAtNanos` and the moment it was applied (`appliedAtNanos`); `commits` adds
/// when the transaction became durable, for latency measurements (`dropline-bench`).
public struct ProbeStreamHandler: StreamHandler {
    let commits: CommitStamps

    public init(commits: CommitStamps = CommitStamps()) {
        self.commits = commits
    }

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        guard event.type == ProbeTicked.eventType else { return }
        let tick = try event.decode(ProbeTicked.self).data
        try ReceivedRecords.insert(
            stream: event.stream, seq: event.seq, tick: tick, appliedAtNanos: MonotonicClock.nanoseconds(), in: db)
        commits.note(seq: event.seq, in: db)
    }
}
