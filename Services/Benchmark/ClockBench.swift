import Contracts
import Foundation
import Glibc
import Logging
import MeshConfig
import Streams
import TestSupport

/// The clock benchmark (issue 10, docs/architecture.md §4): how long one `clock advance` of `advance` (30 days)
/// takes with `orders` orders in flight, and in how many steps. A fresh mesh on simulated time (the order domain,
/// the supplier simulator, two dispatch workers over eight partitions) takes the placements and settles; then one
/// call advances the clock through every hold, supplier answer, deadline, failover, refund and feed pull, and the
/// run checks that every order ended once, as the simulated suppliers' plans say it must.
struct ClockBench {
    static let workers = 2
    static let partitions = 8

    let folder: String
    let orders: Int
    let concurrency: Int
    /// How far the one advance goes (`30d`).
    let advance: String
    let binaries: String

    /// What one run measured.
    struct Run {
        var seconds: Double
        var steps: Int
        var cpu: ProcessCPU
        var exactlyOnce: ExactlyOnce
    }

    func run() async throws -> Run {
        try await DomainMesh.run(folder: folder, blueprint: blueprint, binaries: binaries) { mesh in
            let partitions = try PartitionClients(mesh: mesh)
            let simulator = try mesh.client(mesh.configuration.instance(named: "simulator")?.rpcEndpoint ?? "")
            try await mesh.waitUntilRunning(processes: 5 + Self.workers)
            try await partitions.waitUntilHosted(in: mesh)
            try await mesh.load(BenchCatalogue.load(stock: orders + 10, suppliers: true))
            let placed = try await mesh.place(orders, concurrency: concurrency).orderIDs
            try await mesh.waitUntilSettled()
            let cpuBefore = try await ProcessCPU.withSupervisor(mesh.status())
            let started = ContinuousClock.now
            let reading = try await mesh.supervisor.call(
                "clock.advance", params: AdvanceRequest(by: advance), as: ClockReading.self, timeout: .seconds(3_600))
            let seconds = (ContinuousClock.now - started).seconds
            let cpu = try await ProcessCPU.withSupervisor(mesh.status()).since(cpuBefore)
            try await mesh.waitUntilSettled()
            return Run(
                seconds: seconds, steps: reading.steps ?? 0, cpu: cpu,
                exactlyOnce: try await verify(placed: placed, simulator: simulator, mesh: mesh))
        }
    }

    /// Exactly once, and as planned: every placed order ended with one `order.shipped` when one of its purchase
    /// orders was planned to ship, else with one `order.refunded` (each of its suppliers refused), and the
    /// simulated suppliers took each purchase order once.
    private func verify(placed: Set<OrderID>, simulator: RPCClient, mesh: DomainMesh) async throws -> ExactlyOnce {
        let received = try await SimulatorLedger.all(from: simulator)
        let byOrder = Dictionary(grouping: received, by: \.orderID)
        var expected: [OrderID: String] = [:]
        for order in placed {
            let ships = byOrder[order]?.contains { $0.plan.outcome == .ships } ?? false
            expected[order] = ships ? OrderShipped.eventType : OrderRefunded.eventType
        }
        let outcomes = try OrderOutcomes(store: mesh.configuration.instance(named: "orders")?.storePath ?? "")
        let mismatches = outcomes.mismatches(expected)
        let shipped = expected.values.filter { $0 == OrderShipped.eventType }.count
        let distinct = Set(received.map(\.purchaseOrderID)).count
        return ExactlyOnce(
            expected: placed.count,
            observed: "\(shipped) shipped and \(placed.count - shipped) refunded as planned, "
                + "\(mismatches.count) not (\(mismatches.prefix(3).joined(separator: "; "))); the suppliers took "
                + "\(received.count) purchase orders, \(distinct) distinct",
            holds: mismatches.isEmpty && distinct == received.count && Set(byOrder.keys) == placed)
    }

    /// Fraud review out of reach; suppliers that acknowledge 10 to 120 minutes after receipt and ship 4 to 36 hours
    /// later, 5% refusing and 5% out of stock (a failover to the next of three), none silent or late.
    private var blueprint: MeshBlueprint {
        let suppliers = SupplierBehaviourChange(
            ackDelayMinutes: DelayRange(min: 10, max: 120), shipDelayHours: DelayRange(min: 4, max: 36),
            rejectRate: 0.05, outOfStockRate: 0.05, silentRate: 0, lateShipRate: 0)
        var blueprint = MeshBlueprint.dispatch(
            reviewThreshold: 1_000_000, suppliers: suppliers, workers: Self.workers, partitions: Self.partitions,
            connectorCallsPerWorker: 8)
        blueprint.logLevel = .warning
        return blueprint
    }
}

extension ClockBench {
    /// The figures: wall time of the one advance, its steps, and the CPU each process spent on it.
    func report() async -> ScenarioReport {
        let setting = "\(orders.grouped) orders in flight, one clock advance of \(advance)"
        do {
            let run = try await run()
            return ScenarioReport(
                name: "clock", setting: setting,
                figures: [
                    Figure(label: "clock advance \(advance), wall", value: run.seconds, unit: .seconds),
                    Figure(label: "steps", value: Double(run.steps), unit: .count),
                    Figure.latency("per step", run.seconds * 1000 / Double(max(run.steps, 1))),
                ],
                exactlyOnce: run.exactlyOnce,
                notes: [
                    "order domain, simulator, \(Self.workers) dispatch workers over \(Self.partitions) partitions; "
                        + "the placements settled before the advance",
                    "CPU s during the advance: \(run.cpu.summary(over: run.seconds))",
                ])
        } catch {
            return ScenarioReport(
                name: "clock", setting: setting, figures: [],
                exactlyOnce: ExactlyOnce(expected: orders, observed: "not verified: \(error)", holds: false), notes: [])
        }
    }
}
