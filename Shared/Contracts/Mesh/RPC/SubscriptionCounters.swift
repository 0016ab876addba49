/// What a subscription has counted since its process started, as `status` answers it (and metrics export).
public struct SubscriptionCounters: Codable, Sendable, Equatable {
    /// Events applied.
    public var applied: UInt64
    /// Events received again after they were applied, and ignored.
    public var duplicates: UInt64
    /// Replay requests (`FETCH`) sent.
    public var fetches: UInt64
    /// Replay requests sent because a gap was seen in the live stream.
    public var gapFetches: UInt64
    /// Replay requests that got no answer in time.
    public var fetchTimeouts: UInt64
    /// Live events dropped because too many waited to be applied (they are replayed).
    public var overflowDropped: UInt64

    public init(
        applied: UInt64 = 0, duplicates: UInt64 = 0, fetches: UInt64 = 0, gapFetches: UInt64 = 0,
        fetchTimeouts: UInt64 = 0, overflowDropped: UInt64 = 0
    ) {
        self.applied = applied
        self.duplicates = duplicates
        self.fetches = fetches
        self.gapFetches = gapFetches
        self.fetchTimeouts = fetchTimeouts
        self.overflowDropped = overflowDropped
    }
}
