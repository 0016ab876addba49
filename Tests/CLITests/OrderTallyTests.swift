import CLI
import Contracts
import Foundation
import Testing

/// The demo's count of orders by status, from the orders stream's events (R1-R6).
struct OrderTallyTests {
    static let t0 = DomainTime.parse("2026-11-22T00:00:00.000Z")!

    static func hours(_ count: Double) -> Date { t0.addingTimeInterval(count * 3_600) }

    @Test("Each order counts once, in its latest status; R6: dispatch within 2 h of release is on time")
    func countsByLatestStatus() {
        let tally = OrderTally(dispatchTarget: 2 * 3_600)
        let events: [(String, OrderID, Double)] = [
            ("order.placed", "ord_1", 0), ("order.held", "ord_1", 0), ("order.released", "ord_1", 8),
            ("order.dispatched", "ord_1", 9), ("order.shipped", "ord_1", 20),
            ("order.placed", "ord_2", 1), ("order.under_review", "ord_2", 1), ("order.released", "ord_2", 9),
            ("order.dispatched", "ord_2", 12),
            ("order.placed", "ord_3", 2), ("order.declined", "ord_3", 2),
            ("order.placed", "ord_4", 3), ("order.held", "ord_4", 3), ("order.cancelled", "ord_4", 4),
            ("order.placed", "ord_5", 5), ("order.awaiting_payment", "ord_5", 5), ("order.item_added", "ord_5", 6),
        ]
        for (type, order, at) in events + events.prefix(5) {
            tally.record(type: type, orderID: order, at: Self.hours(at))
        }
        let counts = tally.counts
        #expect(counts.total == 5)
        #expect(counts.byStatus == ["shipped": 1, "dispatched": 1, "declined": 1, "cancelled": 1, "placed": 1])
        #expect(counts["held"] == 0)
        #expect(counts.dispatchedOnTime == 1 && counts.dispatchedLate == 1)
        #expect(counts.onTimeDispatchRate == 0.5)
        #expect(OrderCounts().onTimeDispatchRate == nil)
    }
}
