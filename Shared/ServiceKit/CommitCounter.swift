import GRDB
import Synchronization

/// Counts the commits of a store's writer, so that a waiter can sleep until the store changed: what
/// `clock.progress` waits on while its process is still at work (docs/architecture.md §4). A commit resumes every
/// waiter at once; nothing polls.
final class CommitCounter: TransactionObserver, Sendable {
    private struct State {
        var commits: UInt64 = 0
        var nextWaiter = 0
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        /// Waiters cancelled before they were registered: they must not be registered afterwards.
        var cancelled: Set<Int> = []
    }

    private let state = Mutex(State())

    /// Commits so far.
    var count: UInt64 { state.withLock { $0.commits } }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }

    func databaseDidChange(with event: DatabaseEvent) {}

    func databaseDidCommit(_ db: Database) {
        let waiters = state.withLock { state in
            state.commits += 1
            defer { state.waiters = [:] }
            return state.waiters.values
        }
        for waiter in waiters { waiter.resume() }
    }

    func databaseDidRollback(_ db: Database) {}

    /// Returns once a commit came after the `count` a caller read, or at `deadline`.
    func wait(after count: UInt64, until deadline: ContinuousClock.Instant) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.nextCommit(after: count) }
            group.addTask { try? await Task.sleep(until: deadline) }
            await group.next()
            group.cancelAll()
        }
    }

    /// Returns at the first commit after `count` (at once if it already came), or when the task is cancelled.
    private func nextCommit(after count: UInt64) async {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    if state.cancelled.remove(id) != nil || state.commits != count { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                guard let waiter = state.waiters.removeValue(forKey: id) else {
                    state.cancelled.insert(id)
                    return nil as CheckedContinuation<Void, Never>?
                }
                return waiter
            }
            waiter?.resume()
        }
    }
}
