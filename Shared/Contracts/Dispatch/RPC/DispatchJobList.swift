/// `dispatch.list`'s answer: one partition's jobs, oldest release first, and how many are in each status.
public struct DispatchJobList: Codable, Sendable, Equatable {
    /// The partition's instance name, e.g. `dispatch.p3`.
    public var partition: String
    /// Jobs by `DispatchStatus` name, whatever the request's filter.
    public var counts: [String: Int]
    public var jobs: [DispatchJobView]
    /// Connector calls decided and not yet made.
    public var pendingConnectorCalls: Int

    public init(partition: String, counts: [String: Int], jobs: [DispatchJobView], pendingConnectorCalls: Int) {
        self.partition = partition
        self.counts = counts
        self.jobs = jobs
        self.pendingConnectorCalls = pendingConnectorCalls
    }
}
