import GRDB
import Synchronization

/// Wakes the publisher after any transaction that inserted outbox rows commits (STREAMS.md §3.2).
///
/// Whoever writes events (an RPC handler, a subscription, a timer) needs no extra call: the publisher
/// learns of the commit here and sends everything after the last `seq` it sent.
final class OutboxCommitObserver: TransactionObserver, Sendable {
    private let inserted = Atomic<Bool>(false)
    private let onCommit: @Sendable () -> Void

    init(onCommit: @escaping @Sendable () -> Void) {
        self.onCommit = onCommit
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        if case .insert(let table) = eventKind { return table == "outboxEvent" }
        return false
    }

    func databaseDidChange(with event: DatabaseEvent) {
        inserted.store(true, ordering: .relaxed)
    }

    func databaseDidCommit(_ db: Database) {
        if inserted.exchange(false, ordering: .relaxed) { onCommit() }
    }

    func databaseDidRollback(_ db: Database) {
        inserted.store(false, ordering: .relaxed)
    }
}
