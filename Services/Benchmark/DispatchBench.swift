import Contracts
import Foundation
import Glibc
import Logging
import MeshConfig
import TestSupport

/// The dispatch benchmark (R6): how fast a group of 1, 2, 4 … dispatch workers sends purchase orders when every
/// supplier call takes `latency` of wall time. For each worker count, a fresh mesh on simulated time (inventory,
/// payments, fraud-hold, orders, the supplier simulator, dispatch with `partitions` partitions) takes `orders`
/// placements; one 8-hour clock advance releases them all at once, and the clock is timed from the advance until
/// every order's purchase order is sent.
struct DispatchBench {
    /// Wall time each `supplier.purchase_order` takes (the simulator's `latency_ms`).
    static let latency = Duration.milliseconds(50)
    static let partitions = 8

    let folder: String
    let orders: Int
    let concurrency: Int
    /// Worker counts to measure, each on its own mesh.
    let workerCounts: [Int]
    /// `connector_calls_per_worker`: supplier calls one worker keeps in flight.
    let connectorCalls: Int
    let binaries: String

    /// Purchase orders per second one group of `workers` cannot exceed: `workers × connectorCalls / latency`.
    func ceiling(workers: Int) -> Double {
        Double(workers * connectorCalls) / Self.latency.seconds
    }

    /// Measures one worker count on a fresh mesh.
    func run(workers: Int) async throws -> DispatchRun {
        try await DomainMesh.run(
            folder: "\(folder)/workers-\(workers)", blueprint: blueprint(workers), binaries: binaries
        ) { mesh in
            let partitions = try PartitionClients(mesh: mesh)
            let simulator = try mesh.client(mesh.configuration.instance(named: "simulator")?.rpcEndpoint ?? "")
            try await mesh.waitUntilRunning(processes: 5 + workers)
            try await partitions.waitUntilHosted(in: mesh)
            try await mesh.load(BenchCatalogue.load(stock: orders + 10, suppliers: true))
            let placed = try await mesh.place(orders, concurrency: concurrency).orderIDs
            try await mesh.waitUntilSettled()
            let cpuBefore = try await ProcessCPU(mesh.status())
            let advancedAt = Date()
            let advanced = ContinuousClock.now
            try await mesh.advanceClock(by: "8h")
            try await mesh.waitUntil(
                "every purchase order to be sent", timeout: .seconds(120 + Int64(orders / 10)),
                interval: .milliseconds(50)
            ) { (try? await partitions.progress().sent) ?? 0 >= orders }
            let sentSeconds = (ContinuousClock.now - advanced).seconds
            let cpu = try await ProcessCPU(mesh.status()).since(cpuBefore)
            let releases = try OutboxTally(
                store: mesh.configuration.instance(named: "orders")?.storePath ?? "", type: "order.released")
            return DispatchRun(
                workers: workers, sentSeconds: sentSeconds,
                releasedSeconds: releases.last.map { $0.timeIntervalSince(advancedAt) }, released: releases.count,
                cpu: cpu,
                exactlyOnce: await partitions.verify(placed: placed, simulator: simulator))
        }
    }

    /// The mesh: fraud review effectively off, suppliers that accept everything and answer only days later in
    /// simulated time (which stands still after the advance), `workers` dispatch workers over the partitions.
    private func blueprint(_ workers: Int) -> MeshBlueprint {
        let suppliers = SupplierBehaviourChange(
            ackDelayMinutes: DelayRange(min: 2880, max: 2880), rejectRate: 0, outOfStockRate: 0, silentRate: 0)
        var blueprint = MeshBlueprint.dispatch(
            reviewThreshold: 1_000_000, suppliers: suppliers, supplierLatency: Self.latency, workers: workers,
            partitions: Self.partitions, connectorCallsPerWorker: connectorCalls)
        blueprint.logLevel = .warning
        return blueprint
    }
}
