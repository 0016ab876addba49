import Contracts
import GRDB
import Synchronization

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
