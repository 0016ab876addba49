import Contracts
import Foundation
import ServiceKit
import Streams
import TestSupport

/// What the tests read from the running mesh: dispatch partitions, the simulated suppliers, the workers.
extension DispatchMesh {
    // MARK: - Dispatch partitions

    /// The partition instance that owns `order` (`dispatch.p<k>`).
    static func partition(of order: String) -> String {
        DispatchPartitioning.instanceName(of: partitioning.partition(of: OrderID(rawValue: order)))
    }

    /// The order's dispatch as its partition shows it (`dispatch.show`).
    func job(_ order: String) async throws -> [String: Any] {
        try await orders.call(Self.partition(of: order), "dispatch.show", ["orderID": order])
    }

    /// The order's purchase orders, oldest first; empty while the partition cannot answer.
    func purchaseOrders(_ order: String) async -> [[String: Any]] {
        ((try? await job(order))?["purchaseOrders"] as? [[String: Any]]) ?? []
    }

    /// Waits until the order's dispatch satisfies `condition` (read with `dispatch.show`).
    func waitForJob(_ order: String, _ what: String, _ condition: @escaping ([String: Any]) -> Bool) async throws {
        try await waitUntil("\(order): \(what)") {
            guard let job = try? await job(order) else { return false }
            return condition(job)
        }
    }

    /// How many jobs are in each status, over every partition (`dispatch.list`); nil while one cannot answer.
    func jobCounts() async -> [String: Int]? {
        var total: [String: Int] = [:]
        for partition in Self.partitioning.instanceNames {
            guard let list = try? await orders.call(partition, "dispatch.list", ["limit": 1], timeout: .seconds(2)),
                let counts = list["counts"] as? [String: Int]
            else { return nil }
            total.merge(counts, uniquingKeysWith: +)
        }
        return total
    }

    /// Connector calls decided and not yet answered in `partition`; 0 while it cannot answer.
    func pendingConnectorCalls(_ partition: String) async -> Int {
        let list = try? await orders.call(partition, "dispatch.list", ["limit": 1], timeout: .seconds(2))
        return list?["pendingConnectorCalls"] as? Int ?? 0
    }

    // MARK: - Simulated suppliers

    /// Gives `supplier` its own behaviour (`simulator.suppliers.set`), e.g. `["rejectRate": 1]`.
    func setBehaviour(_ supplier: String, _ behaviour: [String: Any]) async throws {
        _ = try await orders.call(
            "simulator", "simulator.suppliers.set", ["supplierID": supplier, "behaviour": behaviour])
    }

    /// Every purchase order the simulated suppliers received (each its `SimulatedPurchaseOrder`), by id.
    func received() async throws -> [[String: Any]] {
        var all: [[String: Any]] = []
        var after: String?
        repeat {
            var request: [String: Any] = ["limit": 1000]
            request["after"] = after
            let page = try await orders.call("simulator", "simulator.purchase_orders", request)
            let views = (page["purchaseOrders"] as? [[String: Any]]) ?? []
            all += views.compactMap { $0["purchaseOrder"] as? [String: Any] }
            after = page["next"] as? String
        } while after != nil
        return all
    }

    /// The purchase orders of `order` the simulated suppliers received, oldest attempt first.
    func received(for order: String) async throws -> [[String: Any]] {
        try await received().filter { $0["orderID"] as? String == order }
    }

    /// A purchase order as its simulated supplier holds it: its supplier and state (`received`, `acknowledged`,
    /// `shipped`, `rejected`, `cancelled`).
    func supplierState(_ order: String, attempt: Int) async throws -> (supplier: String?, state: String?) {
        let id = DispatchPartitioning.purchaseOrderID(order: OrderID(rawValue: order), attempt: attempt).rawValue
        let found = try await received(for: order).first { $0["purchaseOrderID"] as? String == id }
        return (found?["supplierID"] as? String, found?["state"] as? String)
    }

    // MARK: - Processes and streams

    /// A process's or partition's own `status`, or nil while it does not answer.
    func report(_ instance: String) async -> ServiceStatusReport? {
        try? await mesh.client(instance).call(
            "status", params: Empty(), as: ServiceStatusReport.self, timeout: .seconds(2))
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
        let reading = try await orders.call("supervisor", "clock.advance", ["by": duration])
        guard let now = DomainTime.parse(try requireString(reading["now"])) else {
            throw UnexpectedJSON(value: "\(reading)")
        }
        try await waitUntil("\(instances) at \(DomainTime.format(now))") {
            for instance in instances {
                guard let time = await report(instance)?.domainTime, time >= now else { return false }
            }
            return true
        }
    }

    /// What dispatch worker `member` hosts (`dispatch.worker`), or nil while it does not answer.
    func worker(_ member: Int) async -> DispatchWorkerReport? {
        try? await mesh.client("dispatch.\(member)").call(
            "dispatch.worker", params: Empty(), as: DispatchWorkerReport.self, timeout: .seconds(2))
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
        _ = try await orders.call(
            "supervisor", "supervisor.scale", ["service": "dispatch", "instances": instances], timeout: .seconds(30))
    }
}
