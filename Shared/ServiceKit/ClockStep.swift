import Foundation

/// Where the next step of a clock advance stops (docs/architecture.md §4): the supervisor moves simulated time
/// from `now` towards `target` in steps, each at most `resolution` past the soonest timer due anywhere in the mesh,
/// so that every timer a step fires is due within one resolution of the step's end, and batches all of them.
public enum ClockStep {
    /// The end of the next step from `now` to `target`: `target` when no timer is due before it (or within one
    /// resolution of it), else the soonest due time plus `resolution`. A due time at or before `now` (a timer
    /// the mesh has not fired yet) counts as due at `now`.
    public static func next(from now: Date, to target: Date, soonestDue: Date?, resolution: Duration) -> Date {
        guard let soonestDue else { return target }
        let stop = max(soonestDue, now).addingTimeInterval(seconds(resolution))
        return min(stop, target)
    }

    /// `duration` in seconds, to the millisecond.
    static func seconds(_ duration: Duration) -> TimeInterval {
        TimeInterval(duration / .milliseconds(1)) / 1000
    }
}
