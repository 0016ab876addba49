import GRDB
import Synchronization

/// Wakes a running `MailDeliverer` after any transaction that inserted into `mailOutbox` commits.
///
/// The service that enqueues needs no extra call: its commit is the signal. A rolled-back transaction,
/// or an enqueue of an id already queued (which inserts nothing), wakes no one.
final class MailCommitObserver: TransactionObserver, Sendable {
    private let inserted = Atomic<Bool>(false)
    private let listener = Mutex<AsyncStream<Void>.Continuation?>(nil)

    /// Sends each wake-up to `continuation` from now on; nil stops them.
    func listen(_ continuation: AsyncStream<Void>.Continuation?) {
        listener.withLock { $0 = continuation }
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        if case .insert(let table) = eventKind { return table == "mailOutbox" }
        return false
    }

    func databaseDidChange(with event: DatabaseEvent) {
        inserted.store(true, ordering: .relaxed)
    }

    func databaseDidCommit(_ db: Database) {
        guard inserted.exchange(false, ordering: .relaxed) else { return }
        listener.withLock { _ = $0?.yield() }
    }

    func databaseDidRollback(_ db: Database) {
        inserted.store(false, ordering: .relaxed)
    }
}
