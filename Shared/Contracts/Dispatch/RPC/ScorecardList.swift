/// `dispatch.scorecards`' answer: one partition's supplier scorecards (R7). Cards are counts, so they add up: a
/// supplier's mesh-wide card is the sum of the partitions' cards.
public struct ScorecardList: Codable, Sendable, Equatable {
    /// The partition's instance name, e.g. `dispatch.p3`.
    public var partition: String
    /// By supplier id.
    public var scorecards: [String: ScorecardCounts]

    public init(partition: String, scorecards: [String: ScorecardCounts]) {
        self.partition = partition
        self.scorecards = scorecards
    }
}
