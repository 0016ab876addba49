/// A subscription's state for `status`: position, lag, counters, alert.
public struct SubscriptionStatus: Sendable, Codable, Equatable {
    public var stream: String
    public var phase: SubscriptionPhase
    public var epoch: String?
    public var applied: UInt64
    public var knownHead: UInt64
    public var lag: UInt64
    public var counters: SubscriptionCounters
    /// Messages refused before they had a position (malformed frames).
    public var refused: UInt64
    public var deadLetters: Int
    public var alert: String?
}
