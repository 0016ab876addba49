/// A publisher's state for `status`.
public struct PublicationStatus: Sendable, Codable, Equatable {
    public var stream: String
    public var epoch: String
    /// The last `seq` committed.
    public var head: UInt64
    /// The oldest `seq` still replayable.
    public var oldestRetained: UInt64
    /// Positions acknowledged by subscribers (retention bookkeeping).
    public var acknowledged: [String: UInt64]
    public var fetchesServed: UInt64
    public var refusedRequests: UInt64
}
