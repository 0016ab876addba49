/// `supervisor.group`: how many members a worker group has now, as the supervisor runs it (after any
/// `dropline scale`). Partitioned workers poll it to know which partitions are theirs.
public struct GroupSizeRequest: Codable, Sendable, Equatable {
    public var service: String
    public init(service: String) { self.service = service }
}
