import Contracts
import Foundation
import Logging
import Streams
import TestSupport

/// Issue 3's benchmark: the domain mesh (supervisor, inventory, payments, fraud-hold, orders) on simulated
/// time; placements per second with their latency, then how fast the 8-hour hold releases them all.
struct OrdersBench {
    let folder: String
    let orders: Int
    let concurrency: Int
    let binaries: String

    /// What was measured.
    struct Result {
        var placementSeconds: Double
        var releaseSeconds: Double
        var latencies: LatencyStatistics?
        var released: Int
        /// Distinct order ids in the placements' answers.
        var placedOrders: Int
        /// CPU seconds by process while placing, and from the clock advance until every order was released.
        var placementCPU: ProcessCPU
        var releaseCPU: ProcessCPU
    }

    func run() async throws -> Result {
        try await DomainMesh.run(folder: folder, blueprint: blueprint, binaries: binaries) { mesh in
            try await mesh.waitUntilRunning(processes: 4)
            try await mesh.load(BenchCatalogue.load(stock: orders + 10))
            let bodies = try DomainMesh.encoded(orders)
            let cpuAtStart = try await ProcessCPU.withBench(mesh.status())
            let start = ContinuousClock.now
            let placements = try await mesh.place(orders, concurrency: concurrency, bodies: bodies)
            let placed = ContinuousClock.now - start
            let placementCPU = try await ProcessCPU.withBench(mesh.status()).since(cpuAtStart)
            try await mesh.waitUntilSettled()
            let cpuAtAdvance = try await ProcessCPU.withBench(mesh.status())
            let advanced = ContinuousClock.now
            try await mesh.advanceClock(by: "8h")
            var released = 0
            try await mesh.waitUntil("all \(orders) orders released", timeout: .seconds(600)) {
                guard
                    let queue = try? await mesh.orders.call(
                        "orders.unfulfilled",
                        params: UnfulfilledRequest(merchantID: BenchCatalogue.merchantID, limit: 1),
                        as: UnfulfilledQueueView.self)
                else { return false }
                released = queue.total
                return released >= orders
            }
            let releaseSeconds = (ContinuousClock.now - advanced).seconds
            return Result(
                placementSeconds: placed.seconds, releaseSeconds: releaseSeconds,
                latencies: LatencyStatistics(nanoseconds: placements.nanoseconds), released: released,
                placedOrders: try placements.orderIDs.count,
                placementCPU: placementCPU,
                releaseCPU: try await ProcessCPU.withBench(mesh.status()).since(cpuAtAdvance))
        }
    }

    /// The order domain with fraud review out of reach, so that no order waits for a reviewer.
    private var blueprint: MeshBlueprint {
        var blueprint = MeshBlueprint.orderDomain(reviewThreshold: 1_000_000)
        blueprint.logLevel = .warning
        return blueprint
    }
}

extension OrdersBench {
    /// The figures against issue 3's targets.
    func report() async -> ScenarioReport {
        let setting = "\(orders) placements, \(concurrency) concurrent clients, clock advanced 8 h"
        do {
            let result = try await run()
            var figures = [
                Figure.rate(
                    "placements/s (placed, stock reserved)", events: orders, seconds: result.placementSeconds,
                    atLeast: 1_000),
                Figure.rate("orders/s released after the 8 h hold", events: orders, seconds: result.releaseSeconds),
                Figure.rate(
                    "orders/s placed and released end to end", events: orders,
                    seconds: result.placementSeconds + result.releaseSeconds, atLeast: 1_000),
            ]
            if let latency = result.latencies {
                figures += [
                    Figure.latency("p50 placement latency", latency.p50),
                    Figure.latency("p99 placement latency", latency.p99),
                ]
            }
            return ScenarioReport(
                name: "orders", setting: setting, figures: figures,
                exactlyOnce: ExactlyOnce(
                    expected: orders,
                    observed:
                        "\(result.placedOrders) distinct orders placed, \(result.released) in the Unfulfilled queue",
                    holds: result.released == orders && result.placedOrders == orders),
                notes: [
                    "supervisor + inventory, payments, fraud-hold, orders; review threshold raised so none is reviewed",
                    "CPU s while placing: \(result.placementCPU.summary(over: result.placementSeconds))",
                    "CPU s while releasing (the unfulfilled queue's total polled every 20 ms): "
                        + result.releaseCPU.summary(over: result.releaseSeconds),
                ])
        } catch {
            return ScenarioReport(
                name: "orders", setting: setting, figures: [],
                exactlyOnce: ExactlyOnce(expected: orders, observed: "not verified: \(error)", holds: false), notes: [])
        }
    }
}
