import Logging
import MeshConfig

/// A mesh for the real `dropline-supervisor` to start, as a value: the processes to run, the state folder, the
/// log level, the clock mode and the intervals, rendered as the mesh YAML that `--config` reads (`yaml`, `write`).
/// The mesh tests and the benchmarks write every mesh they start from one; the standard sets are its named
/// constructors (`probePair`, `orderDomain`, `dispatch` in `MeshBlueprint+Standard.swift`). A key the blueprint
/// leaves out takes the embedded default (`MeshConfiguration.embeddedDefaultYAML`).
public struct MeshBlueprint: Sendable, Equatable {
    /// One entry of `services`: a program the supervisor runs as one process, or as a worker group of several.
    public struct Process: Sendable, Equatable {
        /// The key under `services`, and the instance name of a single process.
        public var name: String
        /// A program name looked up next to the supervisor's binary (`dropline-orders`), or a path.
        public var executable: String
        public var arguments: [String]
        /// Processes of a worker group (`<name>.1` …); nil runs one.
        public var instances: Int?
        /// Partitions the group's workers share (dispatch); nil when not partitioned.
        public var partitions: Int?
        /// The process's own log level; nil takes the mesh's.
        public var logLevel: Logger.Level?
        /// `services.<name>.settings`, each value as its text: the service reads and checks it.
        public var settings: [String: String]

        public init(
            _ name: String, executable: String, arguments: [String] = [], instances: Int? = nil,
            partitions: Int? = nil, logLevel: Logger.Level? = nil, settings: [String: String] = [:]
        ) {
            self.name = name
            self.executable = executable
            self.arguments = arguments
            self.instances = instances
            self.partitions = partitions
            self.logLevel = logLevel
            self.settings = settings
        }
    }

    /// The streams' and the supervisor's intervals; each one left nil takes the embedded default.
    public struct Timing: Sendable, Equatable {
        /// `streams.heartbeat_ms`: a publisher silent for three of these is suspect.
        public var heartbeat: Duration?
        /// `supervisor.health_timeout_ms`: how soon a started process must answer `health`.
        public var healthTimeout: Duration?
        /// `supervisor.grace_ms`: SIGTERM, then SIGKILL after this.
        public var grace: Duration?
        /// `supervisor.backoff_initial_ms` and `backoff_max_ms`: the wait before a restart, doubling.
        public var backoffInitial: Duration?
        public var backoffMax: Duration?
        /// `supervisor.crash_loop_restarts` within `crash_loop_window_ms` is a crash loop.
        public var crashLoopRestarts: Int?
        public var crashLoopWindow: Duration?

        public init(
            heartbeat: Duration? = nil, healthTimeout: Duration? = nil, grace: Duration? = nil,
            backoffInitial: Duration? = nil, backoffMax: Duration? = nil, crashLoopRestarts: Int? = nil,
            crashLoopWindow: Duration? = nil
        ) {
            self.heartbeat = heartbeat
            self.healthTimeout = healthTimeout
            self.grace = grace
            self.backoffInitial = backoffInitial
            self.backoffMax = backoffMax
            self.crashLoopRestarts = crashLoopRestarts
            self.crashLoopWindow = crashLoopWindow
        }

        /// The embedded default's intervals, as a deployed mesh runs.
        public static let defaults = Timing()

        /// Short enough for tests: a 200 ms heartbeat, restarts after 100 ms to 1 s, a crash loop at 4 restarts
        /// within 30 s, 3 s of grace; `healthTimeout` when a test watches liveness checks.
        public static func quick(healthTimeout: Duration? = nil) -> Timing {
            Timing(
                heartbeat: .milliseconds(200), healthTimeout: healthTimeout, grace: .seconds(3),
                backoffInitial: .milliseconds(100), backoffMax: .seconds(1), crashLoopRestarts: 4,
                crashLoopWindow: .seconds(30))
        }
    }

    /// `state_dir`: the stores, sockets, maildir and logs.
    public var stateDirectory: String
    public var logLevel: Logger.Level
    public var clock: ClockMode
    public var timing: Timing
    /// `services`, in the order the supervisor starts them (and stops them in reverse).
    public var processes: [Process]

    public init(
        stateDirectory: String = ".dropline", logLevel: Logger.Level = .info, clock: ClockMode = .system,
        timing: Timing = .defaults, processes: [Process]
    ) {
        self.stateDirectory = stateDirectory
        self.logLevel = logLevel
        self.clock = clock
        self.timing = timing
        self.processes = processes
    }
}
