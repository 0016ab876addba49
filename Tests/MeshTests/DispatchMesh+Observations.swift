import Contracts
import Foundation
import Streams
import TestSupport

/// What the tests read from the running mesh: dispatch partitions, the simulated suppliers, the workers.
extension DispatchMesh {
    // MARK: - Dispatch partitions

    /// The partition instance that owns `order` (`dispatch.p<k>`).
    static func partition(of order: OrderID) -> String {
        DispatchPartitioning.instanceName(of: partitioning.partition(of: order))
    }

    /// The order's dispatch as its partition shows it (`dispatch.show`).
    func job(_ order: OrderID) async throws -> DispatchJobView {
        try await mesh.call(
            Self.partition(of: order), "dispatch.show", DispatchReference(orderID: order), as: DispatchJobView.self)
    }

    /// The order's purchase orders, oldest first; empty while the partition cannot answer.
    func purchaseOrders(_ order: OrderID) async -> [DispatchPurchaseOrderView] {
        (try? await job(order))?.purchaseOrders ?? []
    }

    /// Waits until the order's dispatch satisfies `condition` (read with `dispatch.show`).
    func waitForJob(_ order: OrderID, _ what: String, _ condition: @escaping (DispatchJobView) -> Bool)
        async throws
    {
        try await waitUntil("\(order): \(what)") {
            guard let job = try? await job(order) else { return false }
            return condition(job)
        }
    }

    /// One partition's jobs page of one (`dispatch.list`), for its counts; nil while it cannot answer.
    private func list(_ partition: String) async -> DispatchJobList? {
        try? await mesh.call(
            partition, "dispatch.list", DispatchListRequest(limit: 1), as: DispatchJobList.self, timeout: .seconds(2))
    }

    /// How many jobs are in each status, over every partition (`dispatch.list`); nil while one cannot answer.
    func jobCounts() async -> [String: Int]? {
        var total: [String: Int] = [:]
        for partition in Self.partitioning.instanceNames {
            guard let list = await list(partition) else { return nil }
            total.merge(list.counts, uniquingKeysWith: +)
        }
        return total
    }

    /// Connector calls decided and not yet answered in `partition`; 0 while it cannot answer.
    func pendingConnectorCalls(_ partition: String) async -> Int {
        await list(partition)?.pendingConnectorCalls ?? 0
    }

    // MARK: - Simulated suppliers

    /// Gives `supplier` its own behaviour (`simulator.suppliers.set`), e.g. `SupplierBehaviourChange(rejectRate: 1)`.
    func setBehaviour(_ supplier: SupplierID, _ behaviour: SupplierBehaviourChange) async throws {
        _ = try await mesh.call(
            "simulator", "simulator.suppliers.set",
            SetSupplierBehaviourRequest(supplierID: supplier, behaviour: behaviour), as: SupplierBehaviourEntry.self)
    }

    /// Every purchase order the simulated suppliers received, by id (`simulator.purchase_orders`, page by page).
    func received() async throws -> [SupplierPurchaseOrder] {
        var all: [SupplierPurchaseOrder] = []
        var after: PurchaseOrderID?
        repeat {
            let page = try await mesh.call(
                "simulator", "simulator.purchase_orders", SimulatedPurchaseOrderListRequest(after: after, limit: 1000),
                as: SimulatedPurchaseOrderList.self)
            all += page.purchaseOrders.map(\.purchaseOrder)
            after = page.next
        } while after != nil
        return all
    }

    /// The purchase orders of `order` the simulated suppliers received, oldest attempt first.
    func received(for order: OrderID) async throws -> [SupplierPurchaseOrder] {
        try await received().filter { $0.orderID == order }
    }

    /// A purchase order as its simulated supplier holds it: its supplier and state.
    func supplierState(_ order: OrderID, attempt: Int) async throws
        -> (supplier: SupplierID?, state: SupplierPurchaseOrder.State?)
    {
        let id = DispatchPartitioning.purchaseOrderID(order: order, attempt: attempt)
        let found = try await received(for: order).first { $0.purchaseOrderID == id }
        return (found?.supplierID, found?.state)
    }

    // MARK: - Processes and streams

    /// A process's or partition's own `status`, or nil while it does not answer.
    func report(_ instance: String) async -> ServiceStatusReport? {
        try? await mesh.call(instance, "status", Empty(), as: ServiceStatusReport.self, timeout: .seconds(2))
    }

    /// Whether every one of `consumers` has applied `stream` up to its publisher's head.
    func hasApplied(_ stream: String, consumers: [String]) async -> Bool {
        guard let head = await report(stream)?.publication?.head else { return false }
        for consumer in consumers {
            guard let subscription = await report(consumer)?.subscriptions.first(where: { $0.stream == stream }),
                subscription.applied >= head
            else { return false }
        }
        return true
    }

    /// Advances the clock and waits until `instances` have applied the new time, so that every timer due by then
    /// has fired there (timers fire in the transaction that applies the clock).
    func advance(_ duration: String, reachedBy instances: [String]) async throws {
        let now = try await orders.advance(duration)
        try await waitUntil("\(instances) at \(DomainTime.format(now))") {
            for instance in instances {
                guard let time = await report(instance)?.domainTime, time >= now else { return false }
            }
            return true
        }
    }

    /// What dispatch worker `member` hosts (`dispatch.worker`), or nil while it does not answer.
    func worker(_ member: Int) async -> DispatchWorkerReport? {
        try? await mesh.call(
            "dispatch.\(member)", "dispatch.worker", Empty(), as: DispatchWorkerReport.self, timeout: .seconds(2))
    }

    /// Whether workers 1…`count` all know the group has `count` members and each hosts exactly the partitions
    /// assigned to it, so that every partition has exactly one host.
    func partitionsSettled(workers count: Int) async -> Bool {
        var hosted: [Int] = []
        for member in 1...count {
            guard let report = await worker(member), report.groupSize == count, report.hosted == report.assigned
            else { return false }
            hosted += report.hosted
        }
        return hosted.sorted() == Array(0..<Self.partitions)
    }

    /// Waits until `partitionsSettled(workers:)`; on timeout the error shows what each worker reported.
    func waitForPartitionsSettled(workers count: Int, timeout: Duration = .seconds(30)) async throws {
        do {
            try await waitUntil("\(count) workers, each hosting its own partitions", timeout: timeout) {
                await partitionsSettled(workers: count)
            }
        } catch {
            var reports: [String] = []
            for member in 1...count {
                let report = await worker(member).map { "size \($0.groupSize) \($0.assigned) hosts \($0.hosted)" }
                reports.append("dispatch.\(member): \(report ?? "no answer")")
            }
            throw StatusWaitTimedOut(description: "\(error) Workers: \(reports.joined(separator: "; ")).")
        }
    }

    /// Resizes the dispatch worker group (`supervisor.scale`).
    func scale(to instances: Int) async throws {
        _ = try await mesh.call(
            "supervisor", "supervisor.scale",
            ScaleRequest(service: DispatchPartitioning.serviceName, instances: instances), as: MeshStatus.self,
            timeout: .seconds(30))
    }
}

extension DispatchJobView {
    /// `status` as the contract's `DispatchStatus`; nil for a name it does not have.
    var dispatchStatus: DispatchStatus? { DispatchStatus(rawValue: status) }
}
