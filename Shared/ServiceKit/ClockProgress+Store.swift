import Contracts
import Foundation
import GRDB
import Streams

extension ClockProgress {
    /// A store's `clock.progress` answer, read in the caller's transaction so that its parts agree: the time its
    /// clock has reached (when `clock` is the simulated clock it follows), what `work` says is due and queued, the
    /// head of the stream it publishes (`stream`, nil for none) and the checkpoint of each stream it `consumes`.
    init(
        name: String, pid: Int32, clock: DomainClock?, stream: String?, consumes: [String], work: PendingWork,
        in db: Database
    ) throws {
        var applied: [String: UInt64] = [:]
        for consumed in consumes { applied[consumed] = try Checkpoint.load(db, stream: consumed)?.lastSeq ?? 0 }
        let domainTime: Date? =
            if let clock, case .simulated = clock.mode { try clock.reached(in: db) } else { nil }
        self.init(
            name: name, pid: pid, domainTime: domainTime, nextDue: try work.nextDue(db),
            queuedCalls: try work.queuedCalls(db), stream: stream, head: try stream.map { _ in try OutboxLog.head(db) },
            applied: applied)
    }
}
