/// One stream a process consumes, as its `status` answers it (docs/streams.md §4): position, lag, counters, and the
/// alert an operator must see, if any.
public struct SubscriptionStatus: Codable, Sendable, Equatable {
    /// The consumed stream, the publishing instance's name (or `clock`).
    public var stream: String
    public var phase: SubscriptionPhase
    /// The publisher's epoch the checkpoint belongs to; nil before the first message.
    public var epoch: String?
    /// The checkpoint: every `seq` up to here was applied exactly once.
    public var applied: UInt64
    /// The highest `seq` the publisher is known to have.
    public var knownHead: UInt64
    /// Events behind the known head.
    public var lag: UInt64
    public var counters: SubscriptionCounters
    /// Messages refused before they had a position (malformed frames).
    public var refused: UInt64
    /// Events of this stream that could not be applied.
    public var deadLetters: Int
    /// Why the subscription needs a person (fenced, gone, halted, a silent publisher), as a sentence naming the
    /// stream and positions; nil when all is well.
    public var alert: String?

    public init(
        stream: String, phase: SubscriptionPhase, epoch: String?, applied: UInt64, knownHead: UInt64, lag: UInt64,
        counters: SubscriptionCounters, refused: UInt64, deadLetters: Int, alert: String?
    ) {
        self.stream = stream
        self.phase = phase
        self.epoch = epoch
        self.applied = applied
        self.knownHead = knownHead
        self.lag = lag
        self.counters = counters
        self.refused = refused
        self.deadLetters = deadLetters
        self.alert = alert
    }
}
