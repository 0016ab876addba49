import Contracts
import Foundation

/// What starting a hold yields: the hold to store, the fact to publish and the timer to schedule (R4).
public struct HoldStart: Hashable, Sendable {
    public var hold: FraudHold
    public var started: FraudHoldStarted
    public var timer: HoldTimer
}

/// A timer the fraud-hold service keeps in its store and fires as `holdEnded(at:)` (docs/architecture.md §4).
public struct HoldTimer: Hashable, Sendable, Codable {
    public var orderID: OrderID
    /// Domain time at which the hold ends.
    public var fireAt: Date
}
