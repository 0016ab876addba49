import Foundation

/// How the demo runs: for how long, how fast, and how many customers.
struct DemoPlan: Sendable {
    /// Simulated hours to run.
    let hours: Int
    /// Orders placed per simulated hour.
    let rate: Double
    /// Simulated time each tick moves the clock.
    let step: Duration
    /// Wall time each tick takes at least.
    let tick: Duration
    let seed: UInt64

    /// Simulated seconds between two placements.
    var placementInterval: TimeInterval { 3_600 / rate }

    /// The simulated duration of the run.
    var length: TimeInterval { TimeInterval(hours) * 3_600 }

    /// How far the clock moves on a tick that starts at `now`: a step, or what is left of the run.
    func advance(from now: Date, until end: Date) -> Duration {
        min(step, .milliseconds(Int64((end.timeIntervalSince(now) * 1_000).rounded())))
    }
}
