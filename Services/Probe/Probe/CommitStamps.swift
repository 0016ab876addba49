import GRDB
import Synchronization

/// When each of a sink's transactions became durable: the highest `seq` it applied and the
/// `MonotonicClock` reading right after its COMMIT returned (after the fsync).
public struct CommitStamp: Codable, Sendable, Equatable {
    public var through: UInt64
    public var committedAtNanos: UInt64
}

/// Parameters of `probe.commits`: the stamps of transactions that applied events after `after`.
public struct CommitStampsRequest: Codable, Sendable {
    public var after: UInt64?

    public init(after: UInt64? = nil) {
        self.after = after
    }
}

/// Records a `CommitStamp` per sink transaction, in memory (the latest `capacity` of them).
///
/// A row's own `appliedAtNanos` is taken inside the transaction; the stamp adds the commit, so that the
/// latency of an event can be measured up to the moment its effects are durable.
public final class CommitStamps: Sendable {
    private struct State {
        var openThrough: UInt64?
        var stamps: [CommitStamp] = []
    }

    private let state = Mutex(State())
    private let capacity: Int

    public init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    /// Notes that `seq` was applied in the current transaction of `db`; the first note of a transaction
    /// arranges for the stamp at its commit.
    func note(seq: UInt64, in db: Database) {
        let first = state.withLock { state in
            defer { state.openThrough = max(state.openThrough ?? 0, seq) }
            return state.openThrough == nil
        }
        guard first else { return }
        db.afterNextTransaction(
            onCommit: { [self] _ in committed(at: MonotonicClock.nanoseconds()) },
            onRollback: { [self] _ in state.withLock { $0.openThrough = nil } })
    }

    /// The stamps of transactions that applied some `seq` above `after`, oldest first.
    public func stamps(after: UInt64) -> [CommitStamp] {
        state.withLock { state in state.stamps.filter { $0.through > after } }
    }

    private func committed(at nanos: UInt64) {
        state.withLock { state in
            guard let through = state.openThrough else { return }
            state.openThrough = nil
            state.stamps.append(CommitStamp(through: through, committedAtNanos: nanos))
            if state.stamps.count > capacity * 2 { state.stamps.removeFirst(state.stamps.count - capacity) }
        }
    }
}
