import Foundation

/// The answer to `clock.now` (which takes no parameters) and to `clock.advance`: the supervisor's domain time.
public struct ClockReading: Codable, Sendable, Equatable {
    /// `system` or `simulated`.
    public var mode: String
    /// The domain time now (after the advance, for `clock.advance`).
    public var now: Date
    /// For `clock.advance`: how many steps the supervisor took to get there (docs/architecture.md §4); nil for
    /// `clock.now`.
    public var steps: Int?

    public init(mode: String, now: Date, steps: Int? = nil) {
        self.mode = mode
        self.now = now
        self.steps = steps
    }
}
