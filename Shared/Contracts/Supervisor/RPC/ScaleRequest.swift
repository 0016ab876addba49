/// The parameters of `supervisor.scale` (`dropline scale`): the new size of a worker group. The supervisor
/// starts the missing members or stops the highest-numbered extra ones, and answers the `MeshStatus` after.
public struct ScaleRequest: Codable, Sendable, Equatable {
    /// The group's service name, e.g. `dispatch`.
    public var service: String
    /// Its new number of members, 1 to 64.
    public var instances: Int

    public init(service: String, instances: Int) {
        self.service = service
        self.instances = instances
    }
}
