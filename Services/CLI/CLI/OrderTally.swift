import Contracts
import Foundation
import GRDB
import Streams
import Synchronization

/// Follows the `orders` stream (R1-R6): each order's latest status (`dispatch_exhausted` from
/// `order.dispatch_exhausted` until a retry's `order.dispatched` or the refund), when it was released and when its first
/// purchase order reached a supplier, so that the demo counts orders by status without paging `orders.list`.
///
/// Applying an event twice changes nothing (the latest status and the first release and dispatch times are kept),
/// so a batch the subscription retries is harmless.
public final class OrderTally: StreamHandler {
    /// One order as the stream has told it so far.
    struct Entry {
        var status: String
        var releasedAt: Date?
        var dispatchedAt: Date?
    }

    /// R6: a first purchase order sent later than this after release counts as late.
    let dispatchTarget: TimeInterval
    private let orders = Mutex<[OrderID: Entry]>([:])

    public init(dispatchTarget: TimeInterval) {
        self.dispatchTarget = dispatchTarget
    }

    /// The events that move an order to a status, each with the status it leaves the order in.
    private static let facts: [(fact: any OrderStatusFact.Type, status: String)] = [
        (OrderPlaced.self, "placed"), (OrderAwaitingPayment.self, "placed"), (OrderHeld.self, "held"),
        (OrderUnderReview.self, "under_review"), (OrderReleased.self, "released"), (OrderDeclined.self, "declined"),
        (OrderCancelled.self, "cancelled"), (OrderDispatched.self, "dispatched"),
        (OrderDispatchExhausted.self, "dispatch_exhausted"), (OrderShipped.self, "shipped"),
        (OrderRefunded.self, "refunded"),
    ]

    /// `facts` by event type (`order.held`).
    private static let statuses = Dictionary(uniqueKeysWithValues: facts.map { ($0.fact.eventType, $0) })

    /// The status an order has after an event of `type`, or nil for a type that is not a status change.
    static func status(after type: String) -> String? { statuses[type]?.status }

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        guard let (fact, _) = Self.statuses[event.type] else { return }
        let (orderID, at) = try Self.read(fact, from: event)
        record(type: event.type, orderID: orderID, at: at)
    }

    /// The order and domain time of an event of type `Fact`.
    private static func read<Fact: OrderStatusFact>(_: Fact.Type, from event: IncomingEvent) throws -> (OrderID, Date) {
        let fact = try event.decode(Fact.self).data
        return (fact.orderID, fact.at)
    }

    /// Applies one event of `type` about `orderID` at domain time `at`; other types are ignored.
    public func record(type: String, orderID: OrderID, at: Date) {
        guard let status = Self.status(after: type) else { return }
        orders.withLock { orders in
            var entry = orders[orderID] ?? Entry(status: status)
            entry.status = status
            if status == "released", entry.releasedAt == nil { entry.releasedAt = at }
            if status == "dispatched", entry.dispatchedAt == nil { entry.dispatchedAt = at }
            orders[orderID] = entry
        }
    }

    /// The counts now.
    public var counts: OrderCounts {
        orders.withLock { orders in
            var counts = OrderCounts()
            counts.dispatchTarget = dispatchTarget
            for entry in orders.values {
                counts.byStatus[entry.status, default: 0] += 1
                guard let released = entry.releasedAt, let dispatched = entry.dispatchedAt else { continue }
                if dispatched.timeIntervalSince(released) <= dispatchTarget {
                    counts.dispatchedOnTime += 1
                } else {
                    counts.dispatchedLate += 1
                }
            }
            counts.total = orders.count
            return counts
        }
    }
}

/// Orders by status, and how many were dispatched within the 2-hour target after release (R6).
public struct OrderCounts: Sendable, Equatable {
    /// Every order the stream has told of.
    public var total = 0
    /// By status name (`held`, `under_review`, …); statuses without orders are absent.
    public var byStatus: [String: Int] = [:]
    public var dispatchedOnTime = 0
    public var dispatchedLate = 0
    /// R6: the most time from release to the first purchase order that counts as on time.
    public var dispatchTarget: TimeInterval = 2 * 3_600

    public init() {}

    /// The orders in `status` now.
    public subscript(status: String) -> Int { byStatus[status] ?? 0 }

    /// On-time share of the dispatched orders, nil before the first dispatch.
    public var onTimeDispatchRate: Double? {
        let dispatched = dispatchedOnTime + dispatchedLate
        return dispatched == 0 ? nil : Double(dispatchedOnTime) / Double(dispatched)
    }
}
