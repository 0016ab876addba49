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
    /// Simulated time each tick moves the clock while the demo follows the parcels.
    var followStep: Duration = .seconds(6 * 3_600)

    /// The clock's resolution while following the parcels (`clock.advance`'s `resolution`): a scan, a stall or a
    /// deadline is stamped within the hour, and a follow step takes a few clock steps instead of one per minute in
    /// which a scan is due.
    static let followResolution: Duration = .seconds(3_600)

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
