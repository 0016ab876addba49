/// The parameters of `deadletters.retry`: every dead letter, one stream's, or one event.
public struct DeadLetterRetryRequest: Codable, Sendable, Equatable {
    /// Only this stream's dead letters; nil for all.
    public var stream: String?
    /// Only the dead letter at this position; nil for all.
    public var seq: UInt64?

    public init(stream: String? = nil, seq: UInt64? = nil) {
        self.stream = stream
        self.seq = seq
    }
}
