import ArgumentParser
import Contracts
import Foundation
import MeshConfig

/// Where Dispatch's partitions are in the mesh config (R6): the one that owns an order, and all of them.
struct DispatchRouting {
    let partitioning: DispatchPartitioning

    /// Refuses a mesh config without a partitioned `dispatch` service.
    init(_ configuration: MeshConfiguration) throws {
        guard let service = configuration.service(named: DispatchPartitioning.serviceName), service.partitions > 0
        else { throw ValidationError("the mesh config has no partitioned \(DispatchPartitioning.serviceName) service") }
        partitioning = DispatchPartitioning(count: service.partitions)
    }

    /// The partition instance (`dispatch.p3`) that owns `order`.
    func instance(of order: String) -> String {
        DispatchPartitioning.instanceName(of: partitioning.partition(of: OrderID(rawValue: order)))
    }

    /// Every partition instance, in order.
    var instances: [String] { partitioning.instanceNames }
}

extension MeshConnection {
    /// Calls the read `method` on every dispatch partition at once; the answers in partition order.
    func callEveryPartition<Answer: Decodable & Sendable>(
        _ method: String, params: some Encodable & Sendable, as answer: Answer.Type
    ) async throws -> [Answer] {
        let instances = try DispatchRouting(configuration).instances
        return try await withThrowingTaskGroup(of: (Int, Answer).self) { group in
            for (index, instance) in instances.enumerated() {
                group.addTask {
                    (index, try await self.call(instance, method, params: params, as: answer, retry: .read))
                }
            }
            var replies = [Answer?](repeating: nil, count: instances.count)
            for try await (index, reply) in group { replies[index] = reply }
            return replies.compactMap { $0 }
        }
    }
}
