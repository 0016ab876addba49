import Contracts
import Foundation

/// `dispatch.list` over every partition, as `dropline dispatch list` prints it: the dispatches merged oldest
/// release first (each partition lists its oldest), their counts by status and the pending supplier calls summed.
public struct DispatchOverview: Codable, Sendable {
    /// How many partitions answered.
    public var partitions: Int
    /// Dispatches by status (`awaiting_shipment`, `shipped`, …), over every partition.
    public var counts: [String: Int]
    /// Supplier calls decided and not yet made, over every partition.
    public var pendingConnectorCalls: Int
    /// At most `limit` dispatches, oldest release first.
    public var jobs: [DispatchJobView]

    /// Merges the partitions' `dispatch.list` answers, keeping the `limit` oldest releases.
    public init(lists: [DispatchJobList], limit: Int) {
        partitions = lists.count
        counts = lists.reduce(into: [:]) { sum, list in sum.merge(list.counts, uniquingKeysWith: +) }
        pendingConnectorCalls = lists.reduce(0) { $0 + $1.pendingConnectorCalls }
        jobs = Array(
            lists.flatMap(\.jobs).sorted { ($0.releasedAt, $0.orderID.rawValue) < ($1.releasedAt, $1.orderID.rawValue) }
                .prefix(limit))
    }
}
