import GRDB
import Synchronization

/// Calls `onCommit` after any transaction that inserted into `table` commits: the publisher learns of new outbox
/// rows this way (docs/streams.md §3.2), and a service's sender of queued calls learns of new calls.
///
/// Whoever writes the rows (an RPC handler, a subscription, a timer) needs no extra call: the commit is the
/// signal. A rolled-back transaction, or an insert that inserted nothing, signals no one.
public final class InsertCommitObserver: TransactionObserver, Sendable {
    private let table: String
    private let inserted = Atomic<Bool>(false)
    private let onCommit: @Sendable () -> Void

    public init(table: String, onCommit: @escaping @Sendable () -> Void) {
        self.table = table
        self.onCommit = onCommit
    }

    public func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        if case .insert(let insertedInto) = eventKind { return insertedInto == table }
        return false
    }

    public func databaseDidChange(with event: DatabaseEvent) {
        inserted.store(true, ordering: .relaxed)
    }

    public func databaseDidCommit(_ db: Database) {
        if inserted.exchange(false, ordering: .relaxed) { onCommit() }
    }

    public func databaseDidRollback(_ db: Database) {
        inserted.store(false, ordering: .relaxed)
    }
}
