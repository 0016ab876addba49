/// One process of a service: the service itself when it runs alone, or one member of a worker group.
public struct InstanceSettings: Sendable, Equatable {
    /// `probe-sink` for a single-instance service, `dispatch.3` for the third member of a group.
    public var name: String
    public var serviceName: String
    /// The member's number within its group (1…64); nil for a single-instance service.
    public var index: Int?
    /// The endpoint this instance publishes its events on.
    public var publishEndpoint: String
    /// The endpoint this instance answers requests on.
    public var rpcEndpoint: String
    /// This instance's store, an absolute path.
    public var storePath: String

    /// An instance outside the services list, such as the supervisor itself.
    public init(
        name: String, serviceName: String, index: Int? = nil, publishEndpoint: String, rpcEndpoint: String,
        storePath: String
    ) {
        self.name = name
        self.serviceName = serviceName
        self.index = index
        self.publishEndpoint = publishEndpoint
        self.rpcEndpoint = rpcEndpoint
        self.storePath = storePath
    }
}
