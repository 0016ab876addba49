import Contracts
import Foundation
import GRDB
import Logging
import MeshConfig
import ProcessControl
import ServiceKit
import Streams
import Synchronization

extension MeshSupervisor {
    func rpcMethods() -> RPCRouter {
        var router = RPCRouter()
        router.register("supervisor.status", params: Empty.self) { _ in await self.meshStatus() }
        router.register("supervisor.scale", params: ScaleRequest.self) { request in try await self.scale(request) }
        router.register("supervisor.group", params: GroupSizeRequest.self) { request in try self.groupSize(request) }
        router.register("supervisor.stop", params: Empty.self) { _ in
            self.logger.notice("Stop requested over RPC")
            kill(getpid(), SIGTERM)
            return Empty()
        }
        router.register("clock.advance", params: AdvanceRequest.self) { request in try await self.advanceClock(request)
        }
        router.register("clock.now", params: Empty.self) { _ in self.clockReading(self.host.clock.now()) }
        return router
    }

    func meshStatus() async -> MeshStatus {
        let children = table.snapshot()
        let partitions = configuration.services.flatMap(\.partitionNames)
        let reports = await withTaskGroup(of: (String, ServiceStatusReport?).self) { group in
            for name in children.filter({ $0.pid != nil }).map(\.name) + partitions {
                group.addTask {
                    let report = try? await self.client(name).call(
                        "status", params: Empty(), as: ServiceStatusReport.self, timeout: .seconds(2))
                    return (name, report)
                }
            }
            var reports: [String: ServiceStatusReport] = [:]
            for await (name, report) in group { reports[name] = report }
            return reports
        }
        let misses = health.withLock { $0 }
        let processes = children.map { child in
            ProcessReport(
                name: child.name, service: serviceName(of: child.name), pid: child.pid, state: describe(child.state),
                uptimeSeconds: child.pid == nil ? nil : child.startedAt.map { Date().timeIntervalSince($0) },
                restarts: child.restarts,
                lastExit: child.lastExit.map { "\($0.termination) at \(DomainTime.format($0.at))" },
                crashLooping: child.isCrashLooping, missedHealthChecks: misses[child.name] ?? 0,
                report: reports[child.name])
        }
        // A partition is not a process: it reports through whichever worker hosts it now (R6).
        let hostedPartitions = partitions.map { name in
            ProcessReport(
                name: name, service: serviceName(of: name), pid: nil,
                state: reports[name] == nil ? "unhosted" : "hosted", uptimeSeconds: nil, restarts: 0, lastExit: nil,
                crashLooping: false, missedHealthChecks: 0, report: reports[name])
        }
        return MeshStatus(
            supervisorPID: getpid(), stateDirectory: configuration.stateDirectory,
            clockMode: configuration.clock.mode.rawValue,
            domainTime: host.clock.now(), processes: processes, partitions: hostedPartitions)
    }

    /// Sets a worker group's size: starts the missing members, stops the highest-numbered extra ones.
    func scale(_ request: ScaleRequest) async throws -> MeshStatus {
        guard let service = configuration.service(named: request.service) else {
            throw RPCFailure.invalidRequest("no service named \(request.service) in the mesh config", field: "service")
        }
        guard service.isGroup else {
            throw RPCFailure.invalidRequest(
                "\(service.name) is not a worker group (instances: 1 in the mesh config)", field: "service")
        }
        guard (1...64).contains(request.instances) else {
            throw RPCFailure.invalidRequest("must be between 1 and 64", field: "instances")
        }
        // The new size is set first, so that partitioned workers (which poll `supervisor.group`) move their
        // partitions while the members start or stop.
        let current = groupSizes.withLock { sizes in
            defer { sizes[service.name] = request.instances }
            return sizes[service.name] ?? service.instances
        }
        if request.instances > current {
            for index in (current + 1)...request.instances {
                try await start(service.instance(index), of: service)
            }
        } else if request.instances < current {
            for index in stride(from: current, to: request.instances, by: -1) {
                try await table.remove(name: service.instance(index).name, grace: configuration.supervisor.grace)
            }
        }
        logger.notice("Scaled", metadata: ["service": "\(service.name)", "instances": "\(request.instances)"])
        return await meshStatus()
    }

    /// The current size of a worker group.
    func groupSize(_ request: GroupSizeRequest) throws -> GroupSize {
        guard let service = configuration.service(named: request.service), service.isGroup else {
            throw RPCFailure.invalidRequest(
                "no worker group named \(request.service) in the mesh config", field: "service")
        }
        return GroupSize(
            service: service.name, instances: groupSizes.withLock { $0[service.name] ?? service.instances })
    }

    func clockReading(_ now: Date) -> ClockReading {
        ClockReading(mode: configuration.clock.mode.rawValue, now: now)
    }

    private func serviceName(of instance: String) -> String {
        configuration.instance(named: instance)?.serviceName ?? instance
    }

    private func describe(_ state: ChildState) -> String {
        switch state {
        case .starting: "starting"
        case .running: "running"
        case .backingOff: "backing-off"
        case .crashLooping: "crash-looping"
        case .failedToSpawn: "failed-to-spawn"
        case .stopping: "stopping"
        case .stopped: "stopped"
        }
    }
}
