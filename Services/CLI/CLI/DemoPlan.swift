import Foundation

/// How the demo runs: for how long customers place orders and how fast, then for how long it follows their parcels
/// to the door (R8-R11) and in what steps.
struct DemoPlan: Sendable {
    /// Simulated hours during which customers place orders.
    let hours: Int
    /// Orders placed per simulated hour.
    let rate: Double
    /// Simulated time each tick moves the clock while customers place orders.
    let step: Duration
    /// Wall time each tick takes at least.
    let tick: Duration
    let seed: UInt64
    /// Simulated days the demo goes on after the placements, at most, until every order has reached an end.
    var followDays = 0
    /// Simulated time each tick moves the clock while the demo follows the parcels, and the clock's resolution once
    /// every order has shipped or ended (`clock.advance`'s `resolution`): each follow step is then one clock step
    /// that fires every timer due in it, each at its own due time, instead of one step per minute in which a scan,
    /// a stall or a deadline is due.
    var followStep: Duration = .seconds(12 * 3_600)

    /// The clock's resolution while following the parcels as long as some order has not shipped yet: the facts of a
    /// release, a purchase order or a supplier's answer, made in another process than the timer that caused them,
    /// are stamped within it (R6's 2-hour dispatch target, R7's deadlines, R8's 5 days keep their meaning).
    static let unshippedResolution: Duration = .seconds(30 * 60)

    /// Simulated seconds between two placements.
    var placementInterval: TimeInterval { 3_600 / rate }

    /// The simulated duration of the placements.
    var length: TimeInterval { TimeInterval(hours) * 3_600 }

    /// The simulated duration of the whole run at most: the placements, then the follow-up.
    var longest: TimeInterval { length + TimeInterval(followDays) * 86_400 }

    /// How far the clock moves on a tick that starts at `now`: a step, or what is left until `end`.
    func advance(from now: Date, until end: Date) -> Duration {
        min(step, .milliseconds(Int64((end.timeIntervalSince(now) * 1_000).rounded())))
    }

    /// How far the clock moves on a tick of the follow-up that starts at `now`: a follow step, or what is left.
    func followAdvance(from now: Date, until end: Date) -> Duration {
        min(followStep, .milliseconds(Int64((end.timeIntervalSince(now) * 1_000).rounded())))
    }
}
