/// The `supervisor` section: where the supervisor listens and how it starts, stops and restarts processes.
public struct SupervisorSettings: Sendable, Equatable {
    /// The endpoint the supervisor answers requests on (placeholders resolved).
    public var rpcEndpoint: String
    /// The endpoint the supervisor publishes the clock stream on (`supervisor.pub`, placeholders resolved).
    public var clockEndpoint: String
    /// The supervisor's own store, an absolute path.
    public var storePath: String
    /// How long a started process has to answer a health request.
    public var healthTimeout: Duration
    /// How long a process has between SIGTERM and SIGKILL.
    public var grace: Duration
    /// The first restart delay; each further restart doubles it up to `backoffMax`.
    public var backoffInitial: Duration
    public var backoffMax: Duration
    /// This many restarts within `crashLoopWindow` is a crash loop.
    public var crashLoopRestarts: Int
    public var crashLoopWindow: Duration

    init(_ reader: SectionReader, stateDirectory: String, workingDirectory: String) throws(MeshConfigError) {
        rpcEndpoint = try reader.endpoint("rpc", stateDirectory: stateDirectory, allowsInstance: false)
        clockEndpoint = try reader.endpoint("pub", stateDirectory: stateDirectory, allowsInstance: false)
        storePath = try reader.path(
            "store", stateDirectory: stateDirectory, workingDirectory: workingDirectory, allowsInstance: false)
        healthTimeout = try reader.milliseconds("health_timeout_ms")
        grace = try reader.milliseconds("grace_ms")
        let backoffInitialMilliseconds = try reader.integer("backoff_initial_ms", .positive)
        let backoffMaxMilliseconds = try reader.integer("backoff_max_ms", .positive)
        guard backoffInitialMilliseconds <= backoffMaxMilliseconds else {
            throw reader.invalid(
                "backoff_initial_ms", expected: "at most backoff_max_ms (\(backoffMaxMilliseconds))",
                got: .integer(backoffInitialMilliseconds))
        }
        backoffInitial = .milliseconds(backoffInitialMilliseconds)
        backoffMax = .milliseconds(backoffMaxMilliseconds)
        crashLoopRestarts = try reader.integer("crash_loop_restarts", .positive)
        crashLoopWindow = try reader.milliseconds("crash_loop_window_ms")
    }

    /// The section as the configuration document holds it.
    var node: ConfigNode {
        .map(
            ConfigMap([
                "rpc": .string(rpcEndpoint),
                "pub": .string(clockEndpoint),
                "store": .string(storePath),
                "health_timeout_ms": .milliseconds(healthTimeout),
                "grace_ms": .milliseconds(grace),
                "backoff_initial_ms": .milliseconds(backoffInitial),
                "backoff_max_ms": .milliseconds(backoffMax),
                "crash_loop_restarts": .integer(crashLoopRestarts),
                "crash_loop_window_ms": .milliseconds(crashLoopWindow),
            ]))
    }
}
