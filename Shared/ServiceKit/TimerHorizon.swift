import Foundation
import Synchronization

/// How far a host fires its durable timers beyond the time its clock has reached: the end of the supervisor's
/// current step, which `clock.progress` brings (docs/architecture.md §4). During a clock advance the supervisor
/// publishes only its end on the `clock` stream; each step in between reaches the processes that have a timer
/// due within it this way, and each timer fires stamped at its own due time. Raising it wakes the timer loop.
final class TimerHorizon: Sendable {
    private let state = Mutex<State>(State())

    private struct State {
        var horizon: Date?
        var wake: AsyncStream<Void>.Continuation?
    }

    /// The furthest step end heard of; nil before any.
    var value: Date? { state.withLock { $0.horizon } }

    /// Moves the horizon to `time` if that is further, and wakes the timer loop.
    func raise(to time: Date) {
        let wake = state.withLock { state -> AsyncStream<Void>.Continuation? in
            guard state.horizon.map({ time > $0 }) ?? true else { return nil }
            state.horizon = time
            return state.wake
        }
        wake?.yield()
    }

    /// Sends each wake-up to `continuation` from now on (the running timer loop); nil stops them.
    func listen(_ continuation: AsyncStream<Void>.Continuation?) {
        state.withLock { $0.wake = continuation }
    }

    /// How far timers fire now: the horizon, or `reached` when the clock is further.
    func limit(reached: Date) -> Date {
        max(reached, value ?? reached)
    }
}
