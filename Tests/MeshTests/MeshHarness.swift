import Contracts
import Foundation
import Glibc
import Logging
import MeshConfig
import ProcessControl
import Streams
import Synchronization
import TestSupport
import ZeroMQBus

/// Runs real Dropline executables (`dropline-supervisor`, `dropline-probe`, the services) from the build folder
/// on a `MeshBlueprint` in a temporary state folder, and talks to them over their real ZeroMQ endpoints.
final class MeshHarness: Sendable {
    let directory: TemporaryDirectory
    let configFile: String
    /// The mesh config as the processes read it: where each instance answers.
    let configuration: MeshConfiguration
    let context: ZMQContext
    let output = OutputLines()
    private let children = Mutex<[ChildProcess]>([])
    private let clients = Mutex<[String: RPCClient]>([:])

    /// Writes `blueprint` (the probe pair by default) as the mesh config, with its state in the temporary
    /// folder's `state` and `timing`'s short intervals.
    init(_ blueprint: MeshBlueprint = .probePair(), timing: MeshBlueprint.Timing = .quick()) throws {
        directory = try TemporaryDirectory()
        configFile = directory.file("mesh.yaml")
        var blueprint = blueprint
        blueprint.stateDirectory = directory.file("state")
        blueprint.timing = timing
        try blueprint.write(to: configFile)
        configuration = try MeshConfiguration.load(file: configFile, environment: [:], overrides: [])
        context = try ZMQContext()
    }

    /// The folder of the built executables (next to the test bundle).
    static let binaries: String = {
        let own =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (own as NSString).deletingLastPathComponent
    }()

    var statePath: String { configuration.stateDirectory }

    /// Spawns a Dropline executable with `--config` (and `arguments`), in its own process group.
    @discardableResult
    func spawn(_ executable: String, _ arguments: [String], name: String, environment: [String: String] = [:]) throws
        -> ChildProcess
    {
        let spec = ChildSpec(
            name: name, executable: "\(Self.binaries)/\(executable)", arguments: arguments + ["--config", configFile],
            environment: environment)
        let sink: OutputSink = { [output] line in output.append(line) }
        let child = try ChildProcess.spawn(spec, sink: sink, logger: Logger(label: "mesh-test"))
        children.withLock { $0.append(child) }
        return child
    }

    /// Starts the supervisor (which starts the mesh) and waits until all `processes` answer.
    func startSupervisor(processes: Int = 2, environment: [String: String] = [:]) async throws -> ChildProcess {
        let supervisor = try spawn("dropline-supervisor", [], name: "supervisor", environment: environment)
        try await waitUntil("the mesh to be up", timeout: .seconds(30)) {
            guard let status = try? await self.status() else { return false }
            return status.processes.count == processes && status.processes.allSatisfy { $0.report != nil }
        }
        return supervisor
    }

    /// A client for an instance's RPC endpoint (or `supervisor`).
    func client(_ instance: String) throws -> RPCClient {
        if let client = clients.withLock({ $0[instance] }) { return client }
        let endpoint =
            instance == "supervisor"
            ? configuration.supervisor.rpcEndpoint : configuration.instance(named: instance)?.rpcEndpoint
        guard let endpoint else { throw UnknownInstance(name: instance) }
        let client = try RPCClient(endpoint: endpoint, context: context)
        clients.withLock { $0[instance] = client }
        return client
    }

    /// Calls `method` of `instance` with a contract request and decodes the contract answer.
    func call<Answer: Decodable>(
        _ instance: String, _ method: String, _ params: some Encodable, as answer: Answer.Type,
        timeout: Duration = .seconds(10)
    ) async throws -> Answer {
        try await client(instance).call(method, params: params, as: answer, timeout: timeout)
    }

    func status() async throws -> MeshStatus {
        try await call("supervisor", "supervisor.status", Empty(), as: MeshStatus.self, timeout: .seconds(3))
    }

    func summary(_ sink: String = "probe-sink") async throws -> ProbeSummary {
        try await call(sink, "probe.summary", Empty(), as: ProbeSummary.self, timeout: .seconds(3))
    }

    /// Emits `count` events through the source's RPC; returns the last tick number.
    @discardableResult
    func emit(
        _ count: Int, perTransaction: Int = 100, source: String = "probe-source", timeout: Duration = .seconds(30)
    )
        async throws -> Int
    {
        try await call(
            source, "probe.emit", ProbeEmitRequest(count: count, perTransaction: perTransaction),
            as: ProbeEmitResult.self, timeout: timeout
        ).last
    }

    /// The pid the supervisor reports for `name`.
    func pid(of name: String) async throws -> Int32? {
        try await status().processes.first { $0.name == name }?.pid
    }

    /// Exactly once: the sink applied 1…n, in order, nothing missing or twice.
    func sinkHasExactly(_ count: Int, sink: String = "probe-sink") async throws -> Bool {
        guard let summary = try? await summary(sink) else { return false }
        return summary.isExactlyOnce(expected: count)
    }

    /// Stops every child this harness spawned (SIGTERM, then SIGKILL), closes clients, removes the folder.
    func tearDown() async {
        for client in clients.withLock({ Array($0.values) }) { await client.close() }
        for child in children.withLock({ $0 }).reversed() { _ = await child.terminate(grace: .seconds(5)) }
        context.terminate()
        directory.remove()
    }

    /// The captured output, for failure messages.
    var log: String { output.lines.suffix(60).joined(separator: "\n") }
}

/// Whether a process with this pid exists (and is not a zombie we failed to reap).
func processIsAlive(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    return !stat.contains(") Z ")
}

extension MeshHarness {
    /// Runs `dropline ARGS --config <mesh>` to completion; returns its exit and its output lines (prefix removed).
    func runCLI(_ arguments: [String], timeout: Duration = .seconds(30)) async throws -> (Termination?, [String]) {
        let lines = OutputLines()
        let spec = ChildSpec(
            name: "dropline", executable: "\(Self.binaries)/dropline", arguments: arguments + ["--config", configFile])
        let child = try ChildProcess.spawn(spec, sink: { lines.append($0) }, logger: Logger(label: "mesh-test"))
        let termination = await child.waitForExit(timeout: timeout)
        if termination == nil { _ = await child.terminate(grace: .seconds(1)) }
        let prefix = LinePrefix.make(name: "dropline", width: 12)
        return (termination, lines.lines.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 })
    }
}
