import CLI
import Contracts
import Foundation
import Testing

/// The demo's count of orders by status, from the orders stream's events (R1-R6).
struct OrderTallyTests {
    static let t0 = DomainTime.parse("2026-11-22T00:00:00.000Z")!

    static func hours(_ count: Double) -> Date { t0.addingTimeInterval(count * 3_600) }

    @Test("Each order counts once, in its latest status (R6: exhausted until sent again); on time within 2 h")
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
            ("order.placed", "ord_6", 6), ("order.released", "ord_6", 14), ("order.dispatched", "ord_6", 15),
            ("order.dispatch_exhausted", "ord_6", 40),
            ("order.placed", "ord_7", 7), ("order.released", "ord_7", 15), ("order.dispatched", "ord_7", 16),
            ("order.dispatch_exhausted", "ord_7", 41), ("order.dispatched", "ord_7", 50),
        ]
        for (type, order, at) in events + events.prefix(5) {
            tally.record(type: type, orderID: order, at: Self.hours(at))
        }
        let counts = tally.counts
        #expect(counts.total == 7)
        #expect(
            counts.byStatus == [
                "shipped": 1, "dispatched": 2, "declined": 1, "cancelled": 1, "placed": 1, "dispatch_exhausted": 1,
            ])
        #expect(counts["held"] == 0)
        // R6: a retry's dispatch after exhaustion does not move the first dispatch time
        #expect(counts.dispatchedOnTime == 3 && counts.dispatchedLate == 1)
        #expect(counts.onTimeDispatchRate == 0.75)
        #expect(OrderCounts().onTimeDispatchRate == nil)
    }
}
