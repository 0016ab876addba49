import Foundation

/// How many records of one kind a load created, changed, or found as they were.
public struct UpsertCounts: Codable, Sendable, Hashable {
    public var created: Int
    public var updated: Int
    public var unchanged: Int

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
    }
}
