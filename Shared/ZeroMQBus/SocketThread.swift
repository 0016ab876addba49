import Foundation
import Synchronization

/// A dedicated OS thread for a loop that owns ZeroMQ sockets.
///
/// Blocking libzmq calls must never run on Swift's cooperative pool (two threads on a two-core
/// machine), and a socket must stay on one thread. The body creates its sockets, loops while
/// `isRunning`, polling with a short timeout, and closes them before returning.
public final class SocketThread: Sendable {
    /// The thread's name, for logs and debuggers.
    public let name: String
    private let running = Atomic<Bool>(true)
    private let finish = Mutex<FinishState>(FinishState())

    private struct FinishState {
        var finished = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    /// Starts `body` on a new thread at once.
    public init(name: String, body: @escaping @Sendable (SocketThread) -> Void) {
        self.name = name
        let thread = Thread { [self] in
            body(self)
            self.markFinished()
        }
        thread.name = name
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// `false` once `stop()` was called; the body's loop checks it at least every poll interval.
    public var isRunning: Bool { running.load(ordering: .acquiring) }

    /// Asks the loop to end; returns at once.
    public func stop() {
        running.store(false, ordering: .releasing)
    }

    /// Waits until the body has returned.
    public func join() async {
        await withCheckedContinuation { continuation in
            let alreadyFinished = finish.withLock { state in
                if state.finished { return true }
                state.waiters.append(continuation)
                return false
            }
            if alreadyFinished { continuation.resume() }
        }
    }

    private func markFinished() {
        let waiters = finish.withLock { state in
            state.finished = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}
