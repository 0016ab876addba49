import Foundation

/// The answer to `clock.now` (which takes no parameters) and to `clock.advance`: the supervisor's domain time.
public struct ClockReading: Codable, Sendable, Equatable {
    /// `system` or `simulated`.
    public var mode: String
    /// The domain time now (after the advance, for `clock.advance`).
    public var now: Date

    public init(mode: String, now: Date) {
        self.mode = mode
        self.now = now
    }
}
