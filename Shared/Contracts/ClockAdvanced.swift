import Foundation

/// The supervisor moved simulated time forward (stream `clock`, ARCHITECTURE §4).
public struct ClockAdvanced: EventPayload, Equatable {
    public static let eventType = "clock.advanced"
    /// The new domain time.
    public var now: Date

    public init(now: Date) {
        self.now = now
    }
}

/// Well-known stream names: a stream is named after the instance that publishes it.
public enum StreamNames {
    /// The supervisor's simulated time.
    public static let clock = "clock"
    public static let orders = "orders"
    public static let inventory = "inventory"
    public static let payments = "payments"
    public static let fraudHold = "fraud-hold"
}
