import GRDB
import Synchronization

/// Group commit for concurrent requests (docs/streams.md §3.1): writes submitted while a transaction is being
/// committed wait and then commit together in the next one, one fsync for the lot.
///
/// Each write runs in its own savepoint, so a write that throws rolls back alone and gets its error, while
/// the others commit. Under no load a write commits at once, alone; under load, batches grow by themselves.
public final class GroupCommitWriter: Sendable {
    private let writer: any DatabaseWriter
    private let state = Mutex(State())

    private struct State {
        var pending: [Job] = []
        var flushing = false
    }

    /// One submitted write: runs its body in a savepoint, then learns whether the transaction committed.
    private struct Job: Sendable {
        let run: @Sendable (Database) -> Void
        let finish: @Sendable ((any Error)?) -> Void
    }

    public init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// Runs `body` in a transaction shared with the writes submitted meanwhile; returns once it committed.
    public func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let outcome = Outcome<T>()
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let job = Job(
                run: { db in
                    do {
                        try db.inSavepoint {
                            outcome.set(.success(try body(db)))
                            return .commit
                        }
                    } catch {
                        outcome.set(.failure(error))
                    }
                },
                finish: { error in
                    if let error { continuation.resume(throwing: error) } else { continuation.resume() }
                })
            enqueue(job)
        }
        return try outcome.get()
    }

    private func enqueue(_ job: Job) {
        let startsFlushing = state.withLock { state in
            state.pending.append(job)
            defer { state.flushing = true }
            return !state.flushing
        }
        guard startsFlushing else { return }
        Task { await flushUntilEmpty() }
    }

    /// Commits batches until no write is waiting.
    private func flushUntilEmpty() async {
        while true {
            let batch = state.withLock { state in
                defer { state.pending.removeAll() }
                if state.pending.isEmpty { state.flushing = false }
                return state.pending
            }
            guard !batch.isEmpty else { return }
            do {
                try await writer.write { db in
                    for job in batch { job.run(db) }
                }
                for job in batch { job.finish(nil) }
            } catch {
                for job in batch { job.finish(error) }
            }
        }
    }
}

/// The result of one write, set inside the transaction and read after it committed.
private final class Outcome<T: Sendable>: Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)

    func set(_ value: Result<T, any Error>) {
        result.withLock { $0 = value }
    }

    func get() throws -> T {
        guard let value = result.withLock({ $0 }) else { throw CancellationError() }
        return try value.get()
    }
}
