/// The parameters of `supervisor.group`: how many members a worker group has now, as the supervisor runs it
/// (after any `dropline scale`). Partitioned workers poll it to know which partitions are theirs; the answer is
/// a `GroupSize`.
public struct GroupSizeRequest: Codable, Sendable, Equatable {
    /// The group's service name, e.g. `dispatch`.
    public var service: String

    public init(service: String) {
        self.service = service
    }
}
