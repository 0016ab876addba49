import Foundation

/// The parameters of `clock.progress` (an empty body answers at once): how the supervisor's stepped clock drives a
/// step and asks each process to answer once it has nothing left to do, so that one pass over the mesh seldom
/// finds work under way (docs/architecture.md §4).
public struct ClockProgressRequest: Codable, Sendable, Equatable {
    /// The end of the clock's current step: fire every timer due by then, each stamped at its own due time, and
    /// answer once nothing is left to do by then (no timer due, every consumed stream applied up to the head its
    /// publisher is known to have, no call queued).
    public var step: Date?
    /// Answer once the clock has reached this time too (a process that follows the clock).
    public var reaching: Date?
    /// The longest to wait for either, in milliseconds; nil or 0 answers at once.
    public var waitMs: Int?

    public init(step: Date? = nil, reaching: Date? = nil, waitMs: Int? = nil) {
        self.step = step
        self.reaching = reaching
        self.waitMs = waitMs
    }
}
