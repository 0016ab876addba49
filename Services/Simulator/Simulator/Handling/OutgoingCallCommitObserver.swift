import GRDB
import Synchronization

/// Wakes a running `OutgoingCallSender` after any transaction that queued an `outgoingCall` commits: a timer
/// firing in the clock transaction needs no extra call, its commit is the signal.
final class OutgoingCallCommitObserver: TransactionObserver, Sendable {
    private let inserted = Atomic<Bool>(false)
    private let listener = Mutex<AsyncStream<Void>.Continuation?>(nil)

    /// Sends each wake-up to `continuation` from now on; nil stops them.
    func listen(_ continuation: AsyncStream<Void>.Continuation?) {
        listener.withLock { $0 = continuation }
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        if case .insert(let table) = eventKind { return table == "outgoingCall" }
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
