import Contracts
import Foundation
import GRDB
import Streams
import Synchronization

/// Follows the `orders` stream (R1-R11): each order's latest status (`dispatch_exhausted` from
/// `order.dispatch_exhausted` until a retry's `order.dispatched` or the refund; `confirmed_fulfilled` at the carrier's
/// first scan, R10; `delivered` by the carrier or the customer, R11), when it was released and when its first
/// purchase order reached a supplier, and why a refunded order was refunded (R8's `late_fulfillment`), so that the
/// demo counts orders by status without paging `orders.list`.
///
/// Applying an event twice changes nothing (the latest status and the first release and dispatch times are kept),
/// so a batch the subscription retries is harmless.
public final class OrderTally: StreamHandler {
    /// One order as the stream has told it so far.
    struct Entry {
        var status: String
        var releasedAt: Date?
        var dispatchedAt: Date?
        /// R10: the carrier scanned the parcel (`order.confirmed_fulfilled`), whatever came after.
        var wasConfirmedFulfilled = false
        /// R11: who said the parcel arrived.
        var deliveredBy: DeliveryEvidence?
        /// Why the order was refunded (`late_fulfillment`, R8; `dispatch_abandoned`, R6).
        var refundCause: TransitionCause?
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
        (OrderConfirmedFulfilled.self, "confirmed_fulfilled"), (OrderDelivered.self, "delivered"),
        (OrderRefunded.self, "refunded"),
    ]

    /// The statuses an order does not leave: its story is over (R11 delivered, R6/R8 refunded, R15 cancelled, R5
    /// declined).
    public static let endStatuses: Set<String> = ["delivered", "refunded", "cancelled", "declined"]

    /// `facts` by event type (`order.held`).
    private static let statuses = Dictionary(uniqueKeysWithValues: facts.map { ($0.fact.eventType, $0) })

    /// The status an order has after an event of `type`, or nil for a type that is not a status change.
    static func status(after type: String) -> String? { statuses[type]?.status }

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case OrderDelivered.eventType:
            let fact = try event.decode(OrderDelivered.self).data
            record(type: event.type, orderID: fact.orderID, at: fact.at, evidence: fact.evidence)
        case OrderRefunded.eventType:
            let fact = try event.decode(OrderRefunded.self).data
            record(type: event.type, orderID: fact.orderID, at: fact.at, cause: fact.cause)
        default:
            guard let (fact, _) = Self.statuses[event.type] else { return }
            let (orderID, at) = try Self.read(fact, from: event)
            record(type: event.type, orderID: orderID, at: at)
        }
    }

    /// The order and domain time of an event of type `Fact`.
    private static func read<Fact: OrderStatusFact>(_: Fact.Type, from event: IncomingEvent) throws -> (OrderID, Date) {
        let fact = try event.decode(Fact.self).data
        return (fact.orderID, fact.at)
    }

    /// Applies one event of `type` about `orderID` at domain time `at` (with who delivered it for `order.delivered`,
    /// and why for `order.refunded`); other types are ignored.
    public func record(
        type: String, orderID: OrderID, at: Date, evidence: DeliveryEvidence? = nil, cause: TransitionCause? = nil
    ) {
        guard let status = Self.status(after: type) else { return }
        orders.withLock { orders in
            var entry = orders[orderID] ?? Entry(status: status)
            entry.status = status
            if status == "released", entry.releasedAt == nil { entry.releasedAt = at }
            if status == "dispatched", entry.dispatchedAt == nil { entry.dispatchedAt = at }
            if status == "confirmed_fulfilled" { entry.wasConfirmedFulfilled = true }
            if status == "delivered", entry.deliveredBy == nil { entry.deliveredBy = evidence }
            if status == "refunded", entry.refundCause == nil { entry.refundCause = cause }
            orders[orderID] = entry
        }
    }

    /// The statuses of an order its suppliers have not shipped yet (R4-R7): the mesh's timers about it (a hold, a
    /// supplier's answer, a ship deadline, R8's) want a fine clock.
    public static let unshippedStatuses: Set<String> = [
        "placed", "held", "under_review", "released", "dispatched", "dispatch_exhausted",
    ]

    /// Whether some order is still waiting for its supplier to ship it, or for its hold, review or payment.
    public var hasUnshippedOrders: Bool {
        orders.withLock { orders in orders.values.contains { Self.unshippedStatuses.contains($0.status) } }
    }

    /// The orders whose story is not over (not in one of `endStatuses`), each with its release time if released.
    public var openOrders: [OrderID: Date?] {
        orders.withLock { orders in
            orders.filter { !Self.endStatuses.contains($0.value.status) }.mapValues(\.releasedAt)
        }
    }

    /// The counts now.
    public var counts: OrderCounts {
        orders.withLock { orders in
            var counts = OrderCounts()
            counts.dispatchTarget = dispatchTarget
            for entry in orders.values {
                counts.byStatus[entry.status, default: 0] += 1
                if entry.wasConfirmedFulfilled { counts.confirmedFulfilled += 1 }
                switch entry.deliveredBy {
                case .carrier: counts.deliveredByCarrier += 1
                case .customer: counts.deliveredByCustomer += 1
                case nil: break
                }
                if entry.refundCause == .lateFulfillment { counts.lateFulfillmentRefunds += 1 }
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

/// Orders by status, how many were dispatched within the 2-hour target after release (R6), confirmed fulfilled
/// (R10), delivered by whom (R11), and refunded for late fulfilment (R8).
public struct OrderCounts: Sendable, Equatable {
    /// Every order the stream has told of.
    public var total = 0
    /// By status name (`held`, `under_review`, …); statuses without orders are absent.
    public var byStatus: [String: Int] = [:]
    public var dispatchedOnTime = 0
    public var dispatchedLate = 0
    /// R10: orders the carrier scanned (`order.confirmed_fulfilled`), whether delivered since or not.
    public var confirmedFulfilled = 0
    /// R11: delivered orders by the carrier's delivery scan, and by the customer's confirmation.
    public var deliveredByCarrier = 0
    public var deliveredByCustomer = 0
    /// R8: orders refunded because they were not shipped within 5 days of release.
    public var lateFulfillmentRefunds = 0
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
