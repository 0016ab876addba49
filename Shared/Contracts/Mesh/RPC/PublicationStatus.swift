/// The stream a process publishes, as its `status` answers it (docs/streams.md §3): position, retention, the
/// replay requests it served.
public struct PublicationStatus: Codable, Sendable, Equatable {
    /// The stream's name, the publishing instance's (e.g. `orders`, or `clock` for the supervisor).
    public var stream: String
    /// Identifies the publisher's store; a new epoch fences every subscriber.
    public var epoch: String
    /// The last `seq` committed.
    public var head: UInt64
    /// The oldest `seq` still replayable.
    public var oldestRetained: UInt64
    /// The last `seq` each subscriber acknowledged, by subscriber name (retention bookkeeping).
    public var acknowledged: [String: UInt64]
    /// Replay requests (`FETCH`) answered.
    public var fetchesServed: UInt64
    /// Requests refused as malformed or misdirected.
    public var refusedRequests: UInt64

    public init(
        stream: String, epoch: String, head: UInt64, oldestRetained: UInt64, acknowledged: [String: UInt64],
        fetchesServed: UInt64, refusedRequests: UInt64
    ) {
        self.stream = stream
        self.epoch = epoch
        self.head = head
        self.oldestRetained = oldestRetained
        self.acknowledged = acknowledged
        self.fetchesServed = fetchesServed
        self.refusedRequests = refusedRequests
    }
}
