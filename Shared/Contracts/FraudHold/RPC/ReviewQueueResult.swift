/// The result of `fraud.queue`: open cases oldest first, each with its reasons (R4).
public struct ReviewQueueResult: Codable, Sendable, Hashable {
    public var entries: [ReviewQueueEntry]

    public init(entries: [ReviewQueueEntry]) {
        self.entries = entries
    }
}
