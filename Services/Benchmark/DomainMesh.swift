import Contracts
import Foundation
import Glibc
import MeshConfig
import ProcessControl
import Streams
import Synchronization
import TestSupport
import ZeroMQBus

/// A domain benchmark's mesh: the real `dropline-supervisor` started on a mesh YAML in a fresh folder (it starts
/// the services), and RPC clients that drive the services over the wire as any client would.
final class DomainMesh: Sendable {
    let configuration: MeshConfiguration
    let supervisor: RPCClient
    let orders: RPCClient
    let inventory: RPCClient
    private let process: ProbeProcess
    private let context: ZMQContext
    private let clients: Mutex<[RPCClient]>

    /// Writes `blueprint`, with its state in `<folder>/state`, to `<folder>/mesh.yaml` and starts the supervisor on
    /// it; `binaries` holds every product.
    private init(folder: String, blueprint: MeshBlueprint, binaries: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/logs", withIntermediateDirectories: true)
        let configFile = folder + "/mesh.yaml"
        var blueprint = blueprint
        blueprint.stateDirectory = folder + "/state"
        try blueprint.write(to: configFile)
        configuration = try MeshConfiguration.load(file: configFile, environment: [:], overrides: [])
        context = try ZMQContext()
        supervisor = try RPCClient(endpoint: configuration.supervisor.rpcEndpoint, context: context)
        orders = try RPCClient(endpoint: configuration.instance(named: "orders")?.rpcEndpoint ?? "", context: context)
        inventory = try RPCClient(
            endpoint: configuration.instance(named: "inventory")?.rpcEndpoint ?? "", context: context)
        clients = Mutex([supervisor, orders, inventory])
        process = try ProbeProcess(
            spec: ChildSpec(
                name: "supervisor", executable: binaries + "/dropline-supervisor", arguments: ["--config", configFile],
                environment: ["DROPLINE_SUPERVISOR_PID": String(getpid())]),
            logPath: folder + "/logs/supervisor.log")
        Cleanup.shared.track(process)
    }

    /// Starts the mesh, runs `body` with it, and stops it (SIGTERM to the supervisor, which stops its children)
    /// however `body` ends.
    static func run<T>(
        folder: String, blueprint: MeshBlueprint, binaries: String, _ body: (DomainMesh) async throws -> T
    ) async throws -> T {
        let mesh = try DomainMesh(folder: folder, blueprint: blueprint, binaries: binaries)
        do {
            let result = try await body(mesh)
            await mesh.shutDown()
            return result
        } catch {
            await mesh.shutDown()
            throw error
        }
    }

    /// A client of `endpoint`, closed with the mesh.
    func client(_ endpoint: String) throws -> RPCClient {
        let client = try RPCClient(endpoint: endpoint, context: context)
        clients.withLock { $0.append(client) }
        return client
    }

    private func shutDown() async {
        for client in clients.withLock({ $0 }) { await client.close() }
        await process.terminate()
        Cleanup.shared.forget(process)
        context.terminate()
    }

    // MARK: - Waiting

    /// The supervisor's view of every process, each with its own `status` report when it answered.
    func status() async throws -> MeshStatus {
        try await supervisor.call("supervisor.status", params: Empty(), as: MeshStatus.self, timeout: .seconds(5))
    }

    /// Waits until the supervisor runs `count` processes and each answers `status`.
    func waitUntilRunning(processes count: Int) async throws {
        try await waitUntil("the mesh to start \(count) processes", timeout: .seconds(60)) {
            guard let status = try? await self.status() else { return false }
            return status.processes.count == count && status.processes.allSatisfy { $0.report != nil }
        }
    }

    /// Waits until every consumer has applied its sources' heads, twice in a row with no head moving: the mesh
    /// has settled, so a clock advance finds every hold and timer in place.
    func waitUntilSettled() async throws {
        var previous: [String: UInt64]?
        try await waitUntil("every consumer to catch up", timeout: .seconds(120), interval: .milliseconds(100)) {
            guard let reports = try? await self.status().processes.compactMap(\.report) else { return false }
            let heads = Dictionary(
                reports.compactMap { $0.publication.map { ($0.stream, $0.head) } }, uniquingKeysWith: max)
            // A stream no process here publishes (the supervisor's clock, dispatch partitions) is not checked.
            let caughtUp = reports.allSatisfy { report in
                report.subscriptions.allSatisfy { subscription in
                    heads[subscription.stream].map { subscription.applied >= $0 } ?? true
                }
            }
            defer { previous = heads }
            return caughtUp && heads == previous
        }
    }

    /// Polls `condition` until it holds; fails early when the supervisor has exited.
    func waitUntil(
        _ what: String, timeout: Duration, interval: Duration = .milliseconds(20), _ condition: () async -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await condition() { return }
            if process.exited != nil {
                throw BenchError.childExited(name: process.name, termination: process.exited, log: process.logTail())
            }
            try await Task.sleep(for: interval)
        }
        throw BenchError.timedOut(what)
    }

    // MARK: - Driving

    /// Loads `catalog` and waits until Orders knows its listing.
    func load(_ catalog: CatalogLoad) async throws {
        _ = try await inventory.call(
            "inventory.load", params: catalog, as: CatalogLoadResult.self, timeout: .seconds(30))
        try await waitUntil("orders to know the listing", timeout: .seconds(30)) {
            // An unknown SKU is refused (nothing stored): for its `sku` once Orders knows the listing.
            do {
                _ = try await self.orders.call(
                    "orders.place", params: BenchCatalogue.placement(index: -1, sku: "NO-SUCH-SKU"),
                    as: OrderSummary.self)
                return false
            } catch RPCCallError.failed(let failure) {
                return failure.errors?.contains { $0.field == "sku" } == true
            } catch { return false }
        }
    }

    /// Places orders `0 ..< count` from `concurrency` clients; returns each placement's latency and order id.
    ///
    /// Like a load generator on another machine, the clients spend as little of the mesh's CPU as they can: the
    /// requests are encoded before the first is sent (`bodies`, see `encoded`), and the replies are decoded after
    /// the last answer came (`Placements.orderIDs`).
    func place(_ count: Int, concurrency: Int, bodies: [Data]) async throws -> Placements {
        let placements = Placements()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    for index in stride(from: worker, to: count, by: concurrency) {
                        let sent = ContinuousClock.now
                        let reply = try await self.orders.call(
                            "orders.place", body: bodies[index], timeout: .seconds(30))
                        placements.add(ContinuousClock.now - sent, reply: reply)
                    }
                }
            }
            try await group.waitForAll()
        }
        return placements
    }

    /// Places orders `0 ..< count` of `BenchCatalogue` from `concurrency` clients.
    func place(_ count: Int, concurrency: Int) async throws -> Placements {
        try await place(count, concurrency: concurrency, bodies: Self.encoded(count))
    }

    /// The `orders.place` bodies of customers `0 ..< count`, encoded as the RPC client encodes a request.
    static func encoded(_ count: Int) throws -> [Data] {
        let encoder = DomainTime.makeEncoder()
        return try (0..<count).map { try encoder.encode(BenchCatalogue.placement(index: $0)) }
    }

    /// Moves simulated time forward by `step` (`8h`).
    func advanceClock(by step: String) async throws {
        _ = try await supervisor.call(
            "clock.advance", params: AdvanceRequest(by: step), as: ClockReading.self, timeout: .seconds(120))
    }
}
