import Contracts
import MeshConfig
import Streams

/// The dispatch partitions of a bench mesh, read through their RPCs (`dispatch.list`'s per-status counts), and
/// the exactly-once verdict of a run, checked against the supplier simulator's own record.
struct PartitionClients {
    /// The statuses of a job whose purchase order has been delivered to the supplier (R6), and later ones.
    static let sentStatuses: Set<DispatchStatus> = [
        .awaitingAcknowledgement, .awaitingShipment, .withdrawing, .awaitingLateShipment, .shipped,
    ]

    /// One client per partition, `dispatch.p0` first.
    let partitions: [RPCClient]

    init(mesh: DomainMesh) throws {
        guard let service = mesh.configuration.service(named: DispatchPartitioning.serviceName) else {
            preconditionFailure("the dispatch bench's mesh always has dispatch")
        }
        partitions = try (0..<service.partitions).map { try mesh.client(service.partition($0).rpcEndpoint) }
    }

    /// Jobs over every partition: how many there are, how many have their purchase order sent, and the connector
    /// calls decided but not made yet.
    struct Progress {
        var jobs = 0
        var sent = 0
        var pendingCalls = 0
        var byStatus: [String: Int] = [:]
    }

    /// `dispatch.list` of every partition, summed. Its `counts` cover every status whatever the filter, so the bench
    /// asks for `cancelled` jobs (none here: an index lookup that lists nothing) to keep each poll cheap.
    func progress() async throws -> Progress {
        try await withThrowingTaskGroup(of: DispatchJobList.self) { group in
            for partition in partitions {
                group.addTask {
                    try await partition.call(
                        "dispatch.list",
                        params: DispatchListRequest(status: DispatchStatus.cancelled.rawValue, limit: 1),
                        as: DispatchJobList.self)
                }
            }
            var progress = Progress()
            for try await list in group {
                progress.pendingCalls += list.pendingConnectorCalls
                for (status, count) in list.counts {
                    progress.jobs += count
                    progress.byStatus[status, default: 0] += count
                    if let status = DispatchStatus(rawValue: status), Self.sentStatuses.contains(status) {
                        progress.sent += count
                    }
                }
            }
            return progress
        }
    }

    /// Waits until every partition is hosted by a worker and answers.
    func waitUntilHosted(in mesh: DomainMesh) async throws {
        try await mesh.waitUntil("every dispatch partition to be hosted", timeout: .seconds(60)) {
            (try? await progress()) != nil
        }
    }

    /// Exactly once: every placed order has one job, whose first purchase order (attempt 1) was sent, and the
    /// simulated suppliers received exactly those purchase orders, each once.
    func verify(placed: Set<OrderID>, simulator: RPCClient) async -> ExactlyOnce {
        do {
            let progress = try await progress()
            let received = try await SimulatorLedger.purchaseOrders(from: simulator)
            let firstAttempts = Set(placed.map { DispatchPartitioning.purchaseOrderID(order: $0, attempt: 1) })
            let statuses = progress.byStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            let holds =
                progress.jobs == placed.count && progress.sent == placed.count && progress.pendingCalls == 0
                && received.count == placed.count && Set(received) == firstAttempts
            return ExactlyOnce(
                expected: placed.count,
                observed: "dispatch jobs \(progress.jobs) (\(statuses.joined(separator: ", "))), pending calls "
                    + "\(progress.pendingCalls); simulator received \(received.count) purchase orders, "
                    + "\(Set(received).intersection(firstAttempts).count) of them po_<placed order>_1",
                holds: holds)
        } catch {
            return ExactlyOnce(expected: placed.count, observed: "not verified: \(error)", holds: false)
        }
    }
}
