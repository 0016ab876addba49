/// Parameters of `probe.commits`: the stamps of a probe sink's transactions that applied events after `after`
/// (all of them when nil).
public struct CommitStampsRequest: Codable, Sendable {
    public var after: UInt64?

    public init(after: UInt64? = nil) {
        self.after = after
    }
}
