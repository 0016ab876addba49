import Foundation

/// The answer to `supervisor.status` (what `dropline status` shows): the supervisor, then every process it runs,
/// then the partitions of partitioned worker groups. `supervisor.scale` answers it too, after scaling.
public struct MeshStatus: Codable, Sendable, Equatable {
    public var supervisorPID: Int32
    /// The mesh's state folder, absolute.
    public var stateDirectory: String
    /// The mesh's clock: `system` or `simulated`.
    public var clockMode: String
    /// The supervisor's domain time (in simulated mode, the time it last published on the `clock` stream).
    public var domainTime: Date
    /// Every process the supervisor runs, in start order.
    public var processes: [ProcessReport]
    /// The partitions of partitioned worker groups (`dispatch.p0` …), each reporting through its current host.
    public var partitions: [ProcessReport]

    public init(
        supervisorPID: Int32, stateDirectory: String, clockMode: String, domainTime: Date,
        processes: [ProcessReport], partitions: [ProcessReport]
    ) {
        self.supervisorPID = supervisorPID
        self.stateDirectory = stateDirectory
        self.clockMode = clockMode
        self.domainTime = domainTime
        self.processes = processes
        self.partitions = partitions
    }
}
