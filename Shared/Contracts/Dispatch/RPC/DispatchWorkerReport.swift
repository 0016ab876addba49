/// `dispatch.worker`: what a dispatch worker hosts now.
public struct DispatchWorkerReport: Codable, Sendable, Equatable {
    /// The worker's number in its group (1-based).
    public var member: Int
    /// The group size the worker last learnt from the supervisor.
    public var groupSize: Int
    /// The partitions it is assigned, and of those the ones whose store it holds open (the rest wait for the
    /// previous host to let go).
    public var assigned: [Int]
    public var hosted: [Int]

    public init(member: Int, groupSize: Int, assigned: [Int], hosted: [Int]) {
        self.member = member
        self.groupSize = groupSize
        self.assigned = assigned
        self.hosted = hosted
    }
}
