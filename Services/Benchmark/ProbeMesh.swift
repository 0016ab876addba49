import Contracts
import Foundation
import GRDB
import MeshConfig
import ProcessControl
import Streams
import Synchronization
import TestSupport
import ZeroMQBus

/// One scenario's processes: a `dropline-probe source` and `sink` in a fresh state folder, started and
/// stopped for real, and driven over their RPC endpoints from the loaded mesh config.
final class ProbeMesh: Sendable {
    enum Role: String, Sendable {
        case source = "probe-source"
        case sink = "probe-sink"
    }

    let folder: String
    /// The mesh config the bench and its probes read: `MeshBlueprint.probePair` in `folder`.
    let configFile: String
    let configuration: MeshConfiguration
    private let overrides: [String]
    private let executable: String
    private let context: ZMQContext
    private let clients: [Role: RPCClient]
    private let processes = Mutex<[Role: ProbeProcess]>([:])

    /// Prepares `folder` as the mesh's `state_dir`; `overrides` are the user's `--set` values.
    init(folder: String, overrides: [String], executable: String) throws {
        self.folder = folder
        self.overrides = ["state_dir=\(folder)"] + overrides
        self.executable = executable
        try FileManager.default.createDirectory(atPath: folder + "/logs", withIntermediateDirectories: true)
        configFile = folder + "/bench.yaml"
        try MeshBlueprint.probePair(stateDirectory: folder).write(to: configFile)
        configuration = try MeshConfiguration.load(
            file: configFile, environment: ProcessInfo.processInfo.environment, overrides: self.overrides)
        context = try ZMQContext()
        var clients: [Role: RPCClient] = [:]
        for role in [Role.source, .sink] {
            clients[role] = try RPCClient(
                endpoint: Self.instance(role, in: configuration).rpcEndpoint, context: context)
        }
        self.clients = clients
    }

    private static func instance(_ role: Role, in configuration: MeshConfiguration) -> InstanceSettings {
        guard let instance = configuration.instance(named: role.rawValue) else {
            preconditionFailure("the bench config always has \(role.rawValue)")
        }
        return instance
    }

    private func storePath(_ role: Role) -> String { Self.instance(role, in: configuration).storePath }

    private func client(_ role: Role) -> RPCClient {
        guard let client = clients[role] else { preconditionFailure("a client per role is made in init") }
        return client
    }

    // MARK: - Processes

    /// Spawns `role` and waits until it answers `health`.
    func start(_ role: Role) async throws {
        var environment = ProcessInfo.processInfo.environment
        environment["DROPLINE_CONFIG"] = nil
        environment["DROPLINE_NAME"] = nil
        environment["DROPLINE_SUPERVISOR_PID"] = String(getpid())
        let arguments =
            [role == .source ? "source" : "sink", "--name", role.rawValue, "--config", configFile]
            + overrides.flatMap { ["--set", $0] }
        let child = try ProbeProcess(
            spec: ChildSpec(
                name: role.rawValue, executable: executable, arguments: arguments, environment: environment),
            logPath: "\(folder)/logs/\(role.rawValue).log")
        Cleanup.shared.track(child)
        processes.withLock { $0[role] = child }
        try await waitUntil("\(role.rawValue) to answer health", timeout: .seconds(30)) {
            (try? await self.client(role).call("health", timeout: .milliseconds(500))) != nil
        }
    }

    /// Starts the source, then the sink, and waits until the sink has heard the source.
    func startBoth() async throws {
        try await start(.source)
        try await start(.sink)
        try await waitUntilSubscribed()
    }

    /// Stops `role` with SIGTERM (SIGKILL after 10 s) and waits until it has exited.
    func stop(_ role: Role) async {
        guard let child = processes.withLock({ $0.removeValue(forKey: role) }) else { return }
        await child.terminate()
        Cleanup.shared.forget(child)
    }

    /// CPU seconds `role`'s current process has used (0 when it is not running).
    func cpuSeconds(_ role: Role) -> Double {
        processes.withLock { $0[role] }?.cpuSeconds ?? 0
    }

    /// Stops both processes, closes the clients and the ZeroMQ context.
    func shutDown() async {
        await stop(.sink)
        await stop(.source)
        for client in clients.values { await client.close() }
        context.terminate()
    }

    // MARK: - RPCs

    /// `probe.emit`: `count` events, `perTransaction` per source commit; returns the last tick number.
    @discardableResult
    func emit(_ count: Int, perTransaction: Int) async throws -> Int {
        try await client(.source).call(
            "probe.emit", params: ProbeEmitRequest(count: count, perTransaction: perTransaction),
            as: ProbeEmitResult.self, timeout: .seconds(60 + Int64(count / 1000))
        ).last
    }

    /// The sink's subscription status (position, counters).
    func sinkSubscription() async throws -> SubscriptionStatus? {
        try await client(.sink).call("status", params: Empty(), as: ServiceStatusReport.self, timeout: .seconds(5))
            .subscriptions.first
    }

    func summary() async throws -> ProbeSummary {
        try await client(.sink).call("probe.summary", params: Empty(), as: ProbeSummary.self, timeout: .seconds(60))
    }

    func commitStamps(after seq: UInt64) async throws -> [CommitStamp] {
        try await client(.sink).call(
            "probe.commits", params: CommitStampsRequest(after: seq), as: [CommitStamp].self, timeout: .seconds(30))
    }

    /// When the sink transaction that applied `seq` committed (`MonotonicClock`).
    func commitTime(of seq: Int) async throws -> UInt64 {
        guard let stamp = try await commitStamps(after: UInt64(seq - 1)).first, stamp.through >= UInt64(seq) else {
            throw BenchError.missingMeasurement("the sink's commit stamp of seq \(seq)")
        }
        return stamp.committedAtNanos
    }

    /// Waits until the sink has learnt the source's epoch (its SUB is connected and heard the publisher).
    private func waitUntilSubscribed() async throws {
        try await waitUntil("the sink to subscribe", timeout: .seconds(30)) {
            (try? await self.sinkSubscription())??.epoch != nil
        }
    }

    /// Polls the sink's status every 10 ms until its checkpoint reaches `seq`.
    func waitUntilApplied(_ seq: Int, timeout: Duration) async throws {
        try await waitUntil("the sink to apply through seq \(seq)", timeout: timeout, interval: .milliseconds(10)) {
            guard let applied = (try? await self.sinkSubscription())??.applied else { return false }
            return applied >= UInt64(seq)
        }
    }

    /// Polls `condition` until it holds; fails early if a probe process has exited.
    private func waitUntil(
        _ what: String, timeout: Duration, interval: Duration = .milliseconds(20), _ condition: () async -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await condition() { return }
            if let dead = processes.withLock({ Array($0.values) }).first(where: { $0.exited != nil }) {
                throw BenchError.childExited(name: dead.name, termination: dead.exited, log: dead.logTail())
            }
            try await Task.sleep(for: interval)
        }
        throw BenchError.timedOut(what)
    }

    // MARK: - Stores

    /// Reads a process's store read-only (it may still be running: WAL readers do not block it).
    func read<T>(_ role: Role, _ body: @escaping @Sendable (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: storePath(role), configuration: configuration)
        return try queue.read(body)
    }
}
