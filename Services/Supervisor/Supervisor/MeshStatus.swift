import Foundation
import ServiceKit

/// What `dropline status` shows: the supervisor, then every process it runs.
public struct MeshStatus: Codable, Sendable {
    public var supervisorPID: Int32
    public var stateDirectory: String
    public var clockMode: String
    public var domainTime: Date
    public var processes: [ProcessReport]
    /// The partitions of partitioned worker groups (`dispatch.p0` …), each reporting through its current host.
    public var partitions: [ProcessReport]
}

/// One supervised process: the supervisor's view (pid, state, restarts) and the process's own report; or one
/// partition of a partitioned worker group (no pid of its own, state `hosted` or `unhosted`).
public struct ProcessReport: Codable, Sendable {
    public var name: String
    public var service: String
    public var pid: Int32?
    /// `starting`, `running`, `backing-off`, `crash-looping`, `failed-to-spawn`, `stopping`, `stopped`; for a
    /// partition `hosted` (it answered) or `unhosted`.
    public var state: String
    public var uptimeSeconds: Double?
    public var restarts: Int
    public var lastExit: String?
    public var crashLooping: Bool
    /// Consecutive missed health checks.
    public var missedHealthChecks: Int
    /// The process's own `status` answer; nil when it did not answer.
    public var report: ServiceStatusReport?
}

/// Parameters of `supervisor.scale`.
public struct ScaleRequest: Codable, Sendable {
    public var service: String
    public var instances: Int

    public init(service: String, instances: Int) {
        self.service = service
        self.instances = instances
    }
}

/// Parameters of `clock.advance`: a duration such as `8h` or `1d12h`.
public struct AdvanceRequest: Codable, Sendable {
    public var by: String

    public init(by: String) {
        self.by = by
    }
}

/// The simulated time after `clock.advance` (or now, for `clock.now`).
public struct ClockReading: Codable, Sendable {
    public var mode: String
    public var now: Date
}
