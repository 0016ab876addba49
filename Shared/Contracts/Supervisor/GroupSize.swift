/// The answer to `supervisor.group`.
public struct GroupSize: Codable, Sendable, Equatable {
    public var service: String
    public var instances: Int

    public init(service: String, instances: Int) {
        self.service = service
        self.instances = instances
    }
}
