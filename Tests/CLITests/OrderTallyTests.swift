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

    @Test("R8, R10, R11: confirmed fulfilled, delivered by whom, refunded for late fulfilment; open orders")
    func countsTheParcelsStory() {
        let tally = OrderTally(dispatchTarget: 2 * 3_600)
        for order in ["ord_1", "ord_2", "ord_3", "ord_4", "ord_5"] {
            tally.record(type: "order.placed", orderID: OrderID(rawValue: order), at: Self.hours(0))
            tally.record(type: "order.released", orderID: OrderID(rawValue: order), at: Self.hours(8))
            tally.record(type: "order.dispatched", orderID: OrderID(rawValue: order), at: Self.hours(9))
        }
        let events: [(String, OrderID, Double)] = [
            ("order.shipped", "ord_1", 20), ("order.confirmed_fulfilled", "ord_1", 30),
            ("order.confirmed_fulfilled", "ord_2", 30), ("order.shipped", "ord_3", 20),
        ]
        for (type, order, at) in events + events {
            tally.record(type: type, orderID: order, at: Self.hours(at))
        }
        tally.record(type: "order.delivered", orderID: "ord_1", at: Self.hours(300), evidence: .carrier)
        tally.record(type: "order.delivered", orderID: "ord_3", at: Self.hours(500), evidence: .customer)
        tally.record(type: "order.refunded", orderID: "ord_4", at: Self.hours(128), cause: .lateFulfillment)
        tally.record(type: "order.refunded", orderID: "ord_4", at: Self.hours(129), cause: .lateFulfillment)
        tally.record(type: "order.delivered", orderID: "ord_1", at: Self.hours(310), evidence: .customer)
        let counts = tally.counts
        #expect(
            counts.byStatus == ["delivered": 2, "confirmed_fulfilled": 1, "refunded": 1, "dispatched": 1])
        // R10: ord_1 was confirmed fulfilled before its delivery; ord_3 never was (the customer confirmed it)
        #expect(counts.confirmedFulfilled == 2)
        // R11: the first evidence counts
        #expect(counts.deliveredByCarrier == 1 && counts.deliveredByCustomer == 1)
        // R8
        #expect(counts.lateFulfillmentRefunds == 1)
        #expect(Set(tally.openOrders.keys) == ["ord_2", "ord_5"])
        #expect(tally.openOrders["ord_2"] == Self.hours(8))
    }

    @Test("R10: a parcel is stalled from shipment.stalled until its next scan; a return to sender is kept")
    func parcels() {
        let tally = ParcelTally()
        let window = DeliveryWindow(earliest: Self.hours(200), latest: Self.hours(600), basis: "default")
        tally.registered("ord_1", window: window)
        tally.scanned("ord_1", kind: .accepted, at: Self.hours(30))
        tally.stalled("ord_1", at: Self.hours(200))
        #expect(tally.counts.stalled == 1)
        // A scan older than the stall, applied late, does not end it; a newer one does
        tally.scanned("ord_1", kind: .inTransit, at: Self.hours(100))
        #expect(tally.counts.stalled == 1)
        tally.scanned("ord_1", kind: .inTransit, at: Self.hours(210))
        #expect(tally.counts.stalled == 0)
        tally.registered("ord_2", window: window)
        tally.scanned("ord_2", kind: .exception, at: Self.hours(300))
        tally.scanned("ord_2", kind: .returnedToSender, at: Self.hours(400))
        tally.scanned("ord_2", kind: .returnedToSender, at: Self.hours(400))
        var expected = ParcelCounts()
        expected.registered = 2
        expected.exceptions = 1
        expected.returnedToSender = 1
        #expect(tally.counts == expected)
        #expect(tally.entries["ord_1"]?.expectedDelivery == window)
    }
}
