import GRDB
import Synchronization

/// Counts the commits of a store's writer, so that a waiter can sleep until the store changed: what
/// `clock.progress` waits on while its process is still at work (docs/architecture.md §4).
final class CommitCounter: TransactionObserver, Sendable {
    private let commits = Atomic<UInt64>(0)

    /// Commits so far.
    var count: UInt64 { commits.load(ordering: .acquiring) }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }

    func databaseDidChange(with event: DatabaseEvent) {}

    func databaseDidCommit(_ db: Database) {
        commits.add(1, ordering: .releasing)
    }

    func databaseDidRollback(_ db: Database) {}

    /// Returns once a commit came after the `count` a caller read, or at `deadline`.
    func wait(after count: UInt64, until deadline: ContinuousClock.Instant) async {
        while self.count == count, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(1))
        }
    }
}
