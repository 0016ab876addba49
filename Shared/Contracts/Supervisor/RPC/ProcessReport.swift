/// One row of `MeshStatus`: a supervised process, as the supervisor sees it (pid, state, restarts) with the
/// process's own `status` answer; or one partition of a partitioned worker group (no pid of its own, state
/// `hosted` or `unhosted`).
public struct ProcessReport: Codable, Sendable, Equatable {
    /// The instance name, e.g. `orders`, `dispatch.2` or `dispatch.p5`.
    public var name: String
    /// The service it is an instance of, e.g. `dispatch`.
    public var service: String
    /// The running process; nil while it is not running, and for a partition.
    public var pid: Int32?
    /// `starting`, `running`, `backing-off`, `crash-looping`, `failed-to-spawn`, `stopping`, `stopped`; for a
    /// partition `hosted` (it answered) or `unhosted`.
    public var state: String
    /// Seconds since the running process started.
    public var uptimeSeconds: Double?
    /// How many times the supervisor restarted it.
    public var restarts: Int
    /// How the last process exited and when, e.g. `signal 9 at 2026-11-22T08:00:00.000Z`.
    public var lastExit: String?
    /// Whether it restarted too often within the crash-loop window (it then backs off longer).
    public var crashLooping: Bool
    /// Consecutive `health` requests it did not answer in a heartbeat interval (three in a row restart it).
    public var missedHealthChecks: Int
    /// The process's own `status` answer; nil when it did not answer.
    public var report: ServiceStatusReport?

    public init(
        name: String, service: String, pid: Int32?, state: String, uptimeSeconds: Double?, restarts: Int,
        lastExit: String?, crashLooping: Bool, missedHealthChecks: Int, report: ServiceStatusReport?
    ) {
        self.name = name
        self.service = service
        self.pid = pid
        self.state = state
        self.uptimeSeconds = uptimeSeconds
        self.restarts = restarts
        self.lastExit = lastExit
        self.crashLooping = crashLooping
        self.missedHealthChecks = missedHealthChecks
        self.report = report
    }
}
