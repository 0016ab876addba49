import Foundation

/// One consumed event a process could not apply, as `deadletters.list` answers it (docs/streams.md §4.6).
public struct DeadLetter: Codable, Sendable, Equatable {
    /// The stream it came from.
    public var stream: String
    public var seq: UInt64
    /// The event type, e.g. `order.placed`.
    public var type: String
    /// Why it could not be applied, the last time it was tried.
    public var error: String
    public var failedAt: Date
    /// How many times it failed.
    public var attempts: Int
    /// The body as text when it is valid UTF-8 (at most 4 KiB, for operators), else its size.
    public var body: String

    public init(stream: String, seq: UInt64, type: String, error: String, failedAt: Date, attempts: Int, body: String) {
        self.stream = stream
        self.seq = seq
        self.type = type
        self.error = error
        self.failedAt = failedAt
        self.attempts = attempts
        self.body = body
    }
}
