import Glibc
import Synchronization

/// Lets one input at a time through, from threads and from tasks alike: the crash guard applies its suspects
/// through it, so that at a crash at most one suspect is in flight and the crash names it (docs/streams.md §4.6).
///
/// Waiting polls every millisecond rather than blocking, so that a task never holds a cooperative thread that the
/// holder may need; it is used only while suspects remain, which is seldom and short. A wait gives up after
/// `patience`, so that a holder that waits on a waiter (an operator's `streams.reset` stopping a subscription) can
/// never hold it forever: the waiter then goes on without the gate.
public final class SerialGate: Sendable {
    private let held = Atomic<Bool>(false)
    private let patience: Duration

    public init(patience: Duration = .seconds(10)) {
        self.patience = patience
    }

    /// Enters, waiting on this thread while another holds the gate; false when it gave up.
    public func enter() -> Bool {
        let deadline = ContinuousClock.now + patience
        while !tryEnter() {
            guard ContinuousClock.now < deadline else { return false }
            usleep(1000)
        }
        return true
    }

    /// Enters, waiting in this task while another holds the gate; false when it gave up.
    public func enter() async -> Bool {
        let deadline = ContinuousClock.now + patience
        while !tryEnter() {
            guard ContinuousClock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return true
    }

    /// Leaves, after an `enter` that returned true; the next waiter gets in.
    public func leave() {
        held.store(false, ordering: .releasing)
    }

    private func tryEnter() -> Bool {
        held.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }
}
