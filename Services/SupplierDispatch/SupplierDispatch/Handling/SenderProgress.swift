import Contracts
import Synchronization

/// Which orders have a connector call in flight, and when a failed one may be tried again (100 ms doubling up
/// to 30 s).
final class SenderProgress: Sendable {
    private let state = Mutex<(inFlight: Set<OrderID>, retries: [OrderID: Retry])>(([], [:]))

    private struct Retry {
        var attempts: Int
        var notBefore: ContinuousClock.Instant
    }

    /// The orders with a call in flight or backing off: the next read of the queue skips them.
    func busyOrders() -> Set<OrderID> {
        let now = ContinuousClock.now
        return state.withLock { state in
            state.inFlight.union(state.retries.filter { $0.value.notBefore > now }.keys)
        }
    }

    /// Claims the order's next call; false while one is in flight or backing off.
    func begin(_ orderID: OrderID) -> Bool {
        let now = ContinuousClock.now
        return state.withLock { state in
            guard (state.retries[orderID]?.notBefore ?? now) <= now else { return false }
            return state.inFlight.insert(orderID).inserted
        }
    }

    /// Releases the order; a failure delays its next attempt.
    func end(_ orderID: OrderID, succeeded: Bool) {
        state.withLock { state in
            state.inFlight.remove(orderID)
            if succeeded {
                state.retries[orderID] = nil
            } else {
                let attempts = (state.retries[orderID]?.attempts ?? 0) + 1
                let delay = Duration.milliseconds(min(30_000, 100 << min(attempts - 1, 9)))
                state.retries[orderID] = Retry(attempts: attempts, notBefore: ContinuousClock.now + delay)
            }
        }
    }
}
