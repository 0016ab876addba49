import Contracts
import Foundation
import MeshConfig
import ServiceKit
import Streams

/// The demo's view of the running mesh: the processes and partitions it watches, their domain time and dead
/// letters, and the waits that keep the demo from outrunning them.
struct DemoMesh {
    let mesh: MeshConnection
    /// The instances that answer `status` with a domain time: every single-instance service and every partition
    /// of a partitioned worker group (a worker hosts its partitions; they keep the clock and the stores).
    let instances: [String]

    init(_ mesh: MeshConnection) {
        self.mesh = mesh
        instances = mesh.configuration.services.flatMap { $0.isGroup ? $0.partitionNames : [$0.name] }
    }

    /// Every instance's `status`, asked at once; an instance that does not answer within 2 s is left out.
    func statuses() async throws -> [String: ServiceStatusReport] {
        let clients = try instances.map { ($0, try mesh.client(for: $0)) }
        return await withTaskGroup(of: (String, ServiceStatusReport?).self) { group in
            for (name, client) in clients {
                group.addTask {
                    (
                        name,
                        try? await client.call(
                            "status", params: Empty(), as: ServiceStatusReport.self, timeout: .seconds(2))
                    )
                }
            }
            var reports: [String: ServiceStatusReport] = [:]
            for await (name, report) in group { reports[name] = report }
            return reports
        }
    }

    /// Waits until the supervisor runs every process and every instance answers `status`.
    func waitUntilUp(supervisor process: DemoSupervisor, stop: DemoStop) async throws {
        let supervisor = try mesh.supervisor()
        let limit = mesh.configuration.supervisor.healthTimeout * Double(instances.count + 2)
        try await wait(for: "every process to start", limit: limit, supervisor: process, stop: stop) {
            guard
                let status = try? await supervisor.call(
                    "supervisor.status", params: Empty(), as: MeshStatus.self, timeout: .seconds(2)),
                status.processes.allSatisfy({ $0.state == "running" && $0.report != nil })
            else { return false }
            return try await statuses().count == instances.count
        }
    }

    /// Waits until every instance that consumes `stream` has applied its head: the catalogue has reached orders
    /// and the dispatch partitions, or a clock tick every process.
    func waitUntilApplied(_ stream: String, supervisor: DemoSupervisor, stop: DemoStop) async throws {
        let publisher = try mesh.client(for: stream)
        let head = try await Calls.perform(.read) {
            try await publisher.call("status", params: Empty(), as: ServiceStatusReport.self).publication?.head ?? 0
        }
        try await wait(
            for: "every consumer of \(stream) to catch up", limit: .seconds(60), supervisor: supervisor, stop: stop
        ) {
            try await statuses().values.allSatisfy { report in
                report.subscriptions.allSatisfy { $0.stream != stream || $0.applied >= head }
            }
        }
    }

    /// Waits until every instance's domain time has reached `time`; returns the latest reports. Gives up after
    /// `limit` (a process that fell behind is then shown as lagging rather than stopping the demo).
    func waitUntilClock(
        reaches time: Date, limit: Duration, supervisor: DemoSupervisor, stop: DemoStop
    ) async throws -> [String: ServiceStatusReport] {
        let deadline = ContinuousClock.now + limit
        while true {
            let reports = try await statuses()
            // A process that keeps no domain time (a stateless one) is never behind.
            let behind = instances.contains { name in
                reports[name].map { report in report.domainTime.map { $0 < time } ?? false } ?? true
            }
            if !behind || ContinuousClock.now >= deadline || stop.isRequested { return reports }
            try supervisor.checkRunning()
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Polls `condition` every 100 ms until it holds; fails after `limit`, when the supervisor exits, or when the
    /// user stops the demo.
    private func wait(
        for what: String, limit: Duration, supervisor: DemoSupervisor, stop: DemoStop,
        _ condition: () async throws -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + limit
        while try await !condition() {
            try supervisor.checkRunning()
            if stop.isRequested { throw CommandFailure("Stopped while waiting for \(what).") }
            guard ContinuousClock.now < deadline else {
                throw CommandFailure("Timed out waiting for \(what); see \(supervisor.logPath).")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
