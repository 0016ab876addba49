/// The answer to `supervisor.group`: how many members a worker group has now.
public struct GroupSize: Codable, Sendable, Equatable {
    /// The group's service name, e.g. `dispatch`.
    public var service: String
    /// Its members, `<service>.1` … `<service>.<instances>`.
    public var instances: Int

    public init(service: String, instances: Int) {
        self.service = service
        self.instances = instances
    }
}
