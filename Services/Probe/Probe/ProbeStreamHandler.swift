import Contracts
import Foundation
import GRDB
import Streams

/// Applies a probe source's stream: one `received` row per `probe.ticked`, in the subscription's transaction;
/// ignores types it does not know.
///
/// Each row keeps the event's `emittedAtNanos` and the moment it was applied (`appliedAtNanos`); `commits` adds
/// when the transaction became durable, for latency measurements (`dropline-bench`). With `trapAt`, applying that
/// tick traps the process on purpose, as an overflow would, to test the crash guard (docs/streams.md §4.6).
public struct ProbeStreamHandler: StreamHandler {
    let commits: CommitStamps
    let trapAt: Int?

    public init(commits: CommitStamps = CommitStamps(), trapAt: Int? = nil) {
        self.commits = commits
        self.trapAt = trapAt
    }

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        guard event.type == ProbeTicked.eventType else { return }
        let tick = try event.decode(ProbeTicked.self).data
        if tick.n == trapAt { preconditionFailure("probe: trapping on tick \(tick.n) on purpose") }
        try ReceivedRecords.insert(
            stream: event.stream, seq: event.seq, tick: tick, appliedAtNanos: MonotonicClock.nanoseconds(), in: db)
        commits.note(seq: event.seq, in: db)
    }
}
