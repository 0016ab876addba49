import Contracts
import Foundation
import Logging
import MeshConfig
import ServiceKit
import Streams
import Synchronization

/// One member of the dispatch worker group (`dispatch.1` …): it hosts the partitions `PartitionAssignment` gives
/// it, each a `DispatchService` on its own host (store, stream and endpoints) with a `ConnectorSender` beside
/// it, and moves them when the group is scaled (R6).
///
/// Ownership: a released order belongs to one partition (`DispatchPartitioning`), and a partition's store can be
/// open in one process only (its `flock`). So an order is dispatched by exactly one worker at a time, a killed
/// worker's partitions resume from their stores when it restarts, and scaling only moves whole partitions:
/// the old host closes one (after its current batch) before the new host can open it.
///
/// The worker learns its group's size from the supervisor (`supervisor.group`), polled every heartbeat
/// interval; without an answer it keeps the size it knew (at start, the configured `instances`).
public final class DispatchWorker: Sendable {
    let host: ServiceHost
    let service: ServiceSettings
    let member: Int
    let settings: DispatchSettings
    private let groupSize: Mutex<Int>
    private let running = Mutex<[Int: RunningPartition]>([:])
    private let hosted = Mutex<Set<Int>>([])
    /// The worker's supplier calls in flight, over all its partitions.
    private let connectorCalls: ConcurrencyLimit

    private struct RunningPartition: Sendable {
        let stop: StopSignal
        let task: Task<Void, Never>
    }

    init(host: ServiceHost) throws(DispatchWorkerError) {
        guard let service = host.configuration.service(named: host.instance.serviceName), service.partitions > 0,
            let member = host.instance.index
        else { throw .notAPartitionedGroupMember(host.instance.name) }
        self.host = host
        self.service = service
        self.member = member
        groupSize = Mutex(service.instances)
        do {
            settings = try DispatchSettings(host.settingsReader, configuration: host.configuration)
        } catch {
            throw .invalidSettings(error)
        }
        connectorCalls = ConcurrencyLimit(limit: settings.connectorCallsPerWorker)
    }

    /// Runs the worker until shutdown: hosts its partitions, follows the group's size, and closes every
    /// partition before it exits.
    public static func run(host: ServiceHost) async throws {
        let worker = try DispatchWorker(host: host)
        var router = RPCRouter()
        router.register("dispatch.worker", params: Empty.self) { _ in worker.report() }
        try await host.run(
            methods: router, background: [{ try await worker.followGroupSize() }],
            beforeShutdown: { await worker.stopAll() }, followsClock: false)
    }

    /// What the worker hosts now.
    func report() -> DispatchWorkerReport {
        let size = groupSize.withLock { $0 }
        let assigned = PartitionAssignment.partitions(
            member: member, groupSize: size, partitionCount: service.partitions)
        return DispatchWorkerReport(
            member: member, groupSize: size, assigned: assigned.sorted(), hosted: hosted.withLock { $0 }.sorted())
    }

    /// Polls the supervisor for the group's size and rebalances, until cancelled.
    private func followGroupSize() async throws {
        let supervisor = try host.supervisorClient()
        let interval = host.configuration.streams.heartbeatInterval
        while !Task.isCancelled {
            if let answer = try? await supervisor.call(
                "supervisor.group", params: GroupSizeRequest(service: service.name), as: GroupSize.self,
                timeout: interval)
            {
                groupSize.withLock { $0 = answer.instances }
            }
            await rebalance()
            try await Task.sleep(for: interval)
        }
    }

    /// Stops the partitions no longer assigned, then starts the newly assigned ones.
    private func rebalance() async {
        let wanted = PartitionAssignment.partitions(
            member: member, groupSize: groupSize.withLock { $0 }, partitionCount: service.partitions)
        let leaving = running.withLock { running in
            running.filter { !wanted.contains($0.key) }.map { entry in
                running[entry.key] = nil
                return (entry.key, entry.value)
            }
        }
        for (index, partition) in leaving {
            host.logger.notice("Handing partition over", metadata: ["partition": "\(index)"])
            partition.stop.fire()
            await partition.task.value
        }
        running.withLock { running in
            for index in wanted where running[index] == nil {
                let stop = StopSignal()
                running[index] = RunningPartition(stop: stop, task: Task { await self.host(partition: index, stop) })
            }
        }
    }

    /// Closes every partition (shutdown).
    private func stopAll() async {
        let all = running.withLock { running in
            defer { running = [:] }
            return Array(running.values)
        }
        for partition in all { partition.stop.fire() }
        for partition in all { await partition.task.value }
    }

    /// Opens partition `index` as soon as its previous host lets go, and runs it until `stop` fires.
    private func host(partition index: Int, _ stop: StopSignal) async {
        let instance = service.partition(index)
        var loggedWait = false
        while !stop.isFired {
            do {
                let partitionHost = try await ServiceHost(
                    instance: instance, stream: instance.name, configuration: host.configuration, publishes: true,
                    migrations: DispatchStore.migrate)
                hosted.withLock { _ = $0.insert(index) }
                defer { hosted.withLock { _ = $0.remove(index) } }
                try await run(partition: index, on: partitionHost, until: { await stop.wait() })
                return
            } catch StreamError.storeLocked {
                if !loggedWait {
                    host.logger.info(
                        "Waiting for the previous host of a partition", metadata: ["partition": "\(index)"])
                    loggedWait = true
                }
                try? await Task.sleep(for: .milliseconds(50))
            } catch {
                host.logger.error(
                    "Partition failed; reopening", metadata: ["partition": "\(index)", "error": "\(error)"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    /// Runs partition `index` on its host until `stop` returns: the partition's service, and a sender making its
    /// connector calls within the worker's limit.
    private func run(
        partition index: Int, on partitionHost: ServiceHost, until stop: @escaping @Sendable () async -> Void
    ) async throws {
        let partition = DispatchService(
            parts: partitionHost.parts, settings: settings,
            partitioning: DispatchPartitioning(count: service.partitions), index: index)
        let sender = ConnectorSender(
            store: partitionHost.store, answers: partition.answers,
            connector: try partitionHost.client(for: settings.supplierConnector), limit: connectorCalls,
            wakeup: partition.wakeup, logger: partitionHost.logger)
        try await partitionHost.runHosted(partition, background: [{ await sender.run() }], until: stop)
    }
}
