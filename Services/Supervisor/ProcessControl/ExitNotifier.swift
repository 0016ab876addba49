import Synchronization

/// Holds a child's ``Termination`` once known and resumes everyone waiting for it.
///
/// Published once by the exit-watcher thread; waited for by any number of tasks, which suspend on a
/// continuation and so never block a thread of the cooperative pool.
final class ExitNotifier: Sendable {
    private struct State {
        var termination: Termination?
        /// Waiters that give up when their task is cancelled, by id so that cancellation can find them.
        var cancellableWaiters: [UInt64: CheckedContinuation<Termination?, Never>] = [:]
        var nextWaiterID: UInt64 = 0
        var waiters: [CheckedContinuation<Termination, Never>] = []
    }

    private let state = Mutex(State())

    /// The termination, or `nil` while the child runs.
    var termination: Termination? {
        state.withLock { $0.termination }
    }

    /// Records `termination` (only the first call counts) and resumes all waiters with it.
    func publish(_ termination: Termination) {
        typealias Waiters = (
            cancellable: [CheckedContinuation<Termination?, Never>],
            steadfast: [CheckedContinuation<Termination, Never>]
        )
        let (cancellable, steadfast) = state.withLock { state -> Waiters in
            guard state.termination == nil else { return ([], []) }
            state.termination = termination
            defer {
                state.cancellableWaiters.removeAll()
                state.waiters.removeAll()
            }
            return (Array(state.cancellableWaiters.values), state.waiters)
        }
        for waiter in cancellable {
            waiter.resume(returning: termination)
        }
        for waiter in steadfast {
            waiter.resume(returning: termination)
        }
    }

    /// Waits for the termination; returns `nil` at once if the calling task is, or gets, cancelled.
    func wait() async -> Termination? {
        let id = state.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let immediate = state.withLock { state -> Termination?? in
                    if let termination = state.termination { return .some(termination) }
                    if Task.isCancelled { return .some(nil) }
                    state.cancellableWaiters[id] = continuation
                    return .none
                }
                if case .some(let result) = immediate {
                    continuation.resume(returning: result)
                }
            }
        } onCancel: {
            let waiter = state.withLock { $0.cancellableWaiters.removeValue(forKey: id) }
            waiter?.resume(returning: nil)
        }
    }

    /// Waits for the termination whatever happens to the calling task.
    func waitIgnoringCancellation() async -> Termination {
        await withCheckedContinuation { continuation in
            let known = state.withLock { state -> Termination? in
                if let termination = state.termination { return termination }
                state.waiters.append(continuation)
                return nil
            }
            if let known {
                continuation.resume(returning: known)
            }
        }
    }
}
