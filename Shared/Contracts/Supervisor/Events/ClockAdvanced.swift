import Foundation

/// The supervisor moved simulated time forward (stream `clock`, docs/architecture.md §4).
public struct ClockAdvanced: EventPayload, Equatable {
    public static let eventType = "clock.advanced"
    /// The new domain time.
    public var now: Date

    public init(now: Date) {
        self.now = now
    }
}
