import Contracts
import Foundation
import Synchronization

/// Placement latencies and replies collected from concurrent clients.
final class Placements: Sendable {
    private let samples = Mutex<(nanoseconds: [UInt64], replies: [Data])>(([], []))

    func add(_ duration: Duration, reply: Data) {
        samples.withLock {
            $0.nanoseconds.append(UInt64(duration.seconds * 1e9))
            $0.replies.append(reply)
        }
    }

    var nanoseconds: [UInt64] { samples.withLock { $0.nanoseconds } }

    /// The placed orders' ids, from the replies decoded as `OrderSummary`.
    var orderIDs: Set<OrderID> {
        get throws {
            let decoder = DomainTime.makeDecoder()
            return Set(
                try samples.withLock { $0.replies }.map { try decoder.decode(OrderSummary.self, from: $0).orderID })
        }
    }
}
