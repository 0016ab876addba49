/// The answer to `health`, which every mesh process gives while it serves requests: the supervisor asks it to
/// know a process started and, every heartbeat interval, that it has not hung.
public struct HealthReport: Codable, Sendable, Equatable {
    /// The instance name, e.g. `orders` or `dispatch.2`.
    public var name: String
    /// The answering process.
    public var pid: Int32
    /// Always true: a process that answers is healthy.
    public var ok: Bool

    public init(name: String, pid: Int32, ok: Bool) {
        self.name = name
        self.pid = pid
        self.ok = ok
    }
}
