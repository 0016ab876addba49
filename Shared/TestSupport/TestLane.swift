import Synchronization

/// A lane that lets one test through at a time, across every test target of the package (they run in one
/// process). The property-based door tests open a fresh store for each of their hundreds of cases, blocking a
/// cooperative thread on SQLite all the while; run side by side on two cores, they starved every other test's
/// tasks for tens of seconds. Taking the lane keeps them to one thread at a time. A waiter suspends; it blocks
/// no thread.
public final class TestLane: Sendable {
    /// The lane of the tests that do long blocking store work on the cooperative pool.
    public static let storeHeavy = TestLane()

    private let state = Mutex<(busy: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    /// Returns once this test holds the lane.
    public func enter() async {
        await withCheckedContinuation { continuation in
            let enters = state.withLock { state in
                guard state.busy else {
                    state.busy = true
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if enters { continuation.resume() }
        }
    }

    /// Hands the lane to the next waiter, or frees it.
    public func leave() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.busy = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}
