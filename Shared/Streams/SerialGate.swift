import Glibc
import Synchronization

/// Lets one input at a time through, from threads and from tasks alike: the crash guard applies its suspects
/// through it, so that at a crash at most one suspect is in flight and the crash names it (docs/streams.md §4.6).
///
/// Waiting polls every millisecond rather than blocking, so that a task never holds a cooperative thread that the
/// holder may need; it is used only while suspects remain, which is seldom and short.
public final class SerialGate: Sendable {
    private let held = Atomic<Bool>(false)

    public init() {}

    /// Enters, waiting on this thread while another holds the gate.
    public func enter() {
        while !tryEnter() { usleep(1000) }
    }

    /// Enters, waiting in this task while another holds the gate.
    public func enter() async {
        while !tryEnter() { try? await Task.sleep(for: .milliseconds(1)) }
    }

    /// Leaves; the next waiter gets in.
    public func leave() {
        held.store(false, ordering: .releasing)
    }

    private func tryEnter() -> Bool {
        held.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }
}
