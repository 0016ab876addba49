/// One dead letter `deadletters.retry` tried again (the method answers a list of them): applied, or failed again.
public struct DeadLetterRetryResult: Codable, Sendable, Equatable {
    public var stream: String
    public var seq: UInt64
    /// Whether it applied this time (it is then no longer a dead letter).
    public var applied: Bool
    /// Why it failed again; nil when it applied.
    public var error: String?

    public init(stream: String, seq: UInt64, applied: Bool, error: String?) {
        self.stream = stream
        self.seq = seq
        self.applied = applied
        self.error = error
    }
}
