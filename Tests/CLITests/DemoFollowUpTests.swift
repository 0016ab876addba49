import Contracts
import Foundation
import Testing

@testable import CLI

/// The demo after the placements (R8-R11): how long it follows the parcels, when every order has reached an end,
/// which customers confirm receipt, and the summary's text and JSON.
struct DemoFollowUpTests {
    static let t0 = DomainTime.parse("2026-11-22T00:00:00.000Z")!

    static func days(_ count: Double) -> Date { t0.addingTimeInterval(count * 86_400) }

    static let ending = DemoEnding(confirmationDeadline: 7 * 86_400, confirmingShare: 0.5, seed: 1)

    @Test("The follow-up moves the clock a follow step per tick, the last one what is left of --follow-days")
    func followSteps() {
        let plan = DemoPlan(
            hours: 72, rate: 20, step: .seconds(600), tick: .milliseconds(100), seed: 1, followDays: 30,
            followStep: .seconds(6 * 3_600))
        #expect(plan.longest == 33 * 86_400)
        #expect(plan.followAdvance(from: Self.days(3), until: Self.days(33)) == .seconds(6 * 3_600))
        #expect(plan.followAdvance(from: Self.days(33) - 3_600, until: Self.days(33)) == .seconds(3_600))
    }

    @Test("R8-R11: an open order ends when its parcel went back, or stalled with R10's deadline past; not before")
    func everyOrderAtAnEnd() {
        var stalled = ParcelTally.Entry()
        stalled.isStalled = true
        var returned = ParcelTally.Entry()
        returned.isReturned = true
        let moving = ParcelTally.Entry()
        let released = Self.days(1)
        // R10: the confirmation deadline is release + 7 days; its instant counts as passed
        #expect(Self.ending.isOver(open: ["ord_1": released], parcels: ["ord_1": stalled], at: Self.days(8)))
        #expect(!Self.ending.isOver(open: ["ord_1": released], parcels: ["ord_1": stalled], at: Self.days(8) - 60))
        #expect(Self.ending.isOver(open: ["ord_2": released], parcels: ["ord_2": returned], at: Self.days(2)))
        #expect(!Self.ending.isOver(open: ["ord_3": released], parcels: ["ord_3": moving], at: Self.days(40)))
        // An order without a parcel (not shipped yet, or never released) is still on its way to an end
        #expect(!Self.ending.isOver(open: ["ord_4": released], parcels: [:], at: Self.days(40)))
        #expect(!Self.ending.isOver(open: ["ord_5": nil], parcels: ["ord_5": stalled], at: Self.days(40)))
        #expect(Self.ending.isOver(open: [:], parcels: [:], at: Self.days(0)))
    }

    @Test("R11: half the customers whose stalled parcel's window has passed confirm receipt, once, the same each run")
    func confirmations() {
        let window = DeliveryWindow(earliest: Self.days(10), latest: Self.days(20), basis: "service_level")
        var stalled = ParcelTally.Entry()
        stalled.isStalled = true
        stalled.expectedDelivery = window
        let orders = (0..<400).map { OrderID(rawValue: "ord_\($0)") }
        let open = Dictionary(uniqueKeysWithValues: orders.map { ($0, Optional(Self.days(1))) })
        let parcels = Dictionary(uniqueKeysWithValues: orders.map { ($0, stalled) })
        #expect(Self.ending.confirmations(open: open, parcels: parcels, asked: [], at: Self.days(20) - 60).isEmpty)
        let chosen = Self.ending.confirmations(open: open, parcels: parcels, asked: [], at: Self.days(20))
        #expect((160...240).contains(chosen.count))
        #expect(chosen == Self.ending.confirmations(open: open, parcels: parcels, asked: [], at: Self.days(21)))
        #expect(
            Self.ending.confirmations(open: open, parcels: parcels, asked: Set(chosen), at: Self.days(21)).isEmpty)
        var moving = stalled
        moving.isStalled = false
        #expect(
            Self.ending.confirmations(
                open: open, parcels: parcels.mapValues { _ in moving }, asked: [], at: Self.days(21)
            ).isEmpty)
    }

    /// A run 40 days long: 3 days of orders, then the parcels followed until every order had reached an end.
    static func snapshot() -> DemoSnapshot {
        var orders = OrderCounts()
        orders.total = 10
        orders.byStatus = ["delivered": 6, "confirmed_fulfilled": 1, "refunded": 2, "cancelled": 1]
        orders.dispatchedOnTime = 9
        orders.confirmedFulfilled = 7
        orders.deliveredByCarrier = 5
        orders.deliveredByCustomer = 1
        orders.lateFulfillmentRefunds = 1
        var activity = DemoActivity()
        activity.placed = 10
        activity.countries = ["BR", "JP", "US"]
        activity.confirmedReceipt = 1
        var snapshot = DemoSnapshot(
            start: t0, now: days(20), end: days(3), followEnd: days(33), orders: orders, activity: activity,
            suppliers: SupplierScores(lists: []), deadLetters: 0, mails: 50)
        snapshot.parcels.registered = 8
        snapshot.parcels.stalled = 1
        snapshot.parcels.exceptions = 2
        snapshot.parcels.returnedToSender = 0
        let usd = CurrencyCode("USD")!
        snapshot.infractions = InfractionTotals(
            InfractionList(infractions: [
                InfractionRecorded(
                    infractionID: "inf_ord_9_late_fulfillment", kind: .lateFulfillment, merchantID: "mer_azul",
                    orderID: "ord_9", releasedAt: days(1), deadline: days(6),
                    penalty: Money(minorUnits: 50_00, currency: usd), at: days(6)),
                InfractionRecorded(
                    infractionID: "inf_ord_8_late_confirmed_fulfillment", kind: .lateConfirmedFulfillment,
                    merchantID: "mer_azul", orderID: "ord_8", releasedAt: days(1), deadline: days(8), penalty: nil,
                    at: days(8)),
            ]))
        snapshot.lanes = [
            LaneView(
                origin: CountryCode("CN")!, destination: CountryCode("US")!, carrier: "China Post", parcels: 4,
                minimumDays: 9, maximumDays: 21, averageDays: 15.25, isMeasured: false),
            LaneView(
                origin: CountryCode("JP")!, destination: CountryCode("BR")!, carrier: "Japan Post", parcels: 1,
                minimumDays: 12, maximumDays: 12, averageDays: 12, isMeasured: false),
        ]
        return snapshot
    }

    @Test("R8-R11: the live view and the summary show confirmed fulfilment, deliveries, stalls, infractions, lanes")
    func text() {
        let snapshot = Self.snapshot()
        let progress = DemoReport.progress(snapshot)
        #expect(
            progress[0].hasPrefix(
                "Dropline demo  2026-12-12 00:00 simulated  (following parcels, day 18 of at most 30)"))
        #expect(
            progress[5]
                == "parcels    confirmed fulfilled 7 · delivered 6 (carrier 5, customer 1) · stalled 1 · returned 0 · "
                + "late (R8) 1")
        #expect(
            progress[6]
                == "deadlines  infractions: late fulfillment 1 · late confirmed fulfillment 1 (penalties 50.00 USD) · "
                + "lanes 2, mean 14.6 days over 5 parcels")
        let summary = DemoReport.summary(snapshot, deadLetters: [], stateFolder: "/tmp/s", stoppedEarly: false)
        #expect(
            summary.hasPrefix(
                "Dropline demo finished after 20d of simulated time, 2026-11-22 00:00 → 2026-12-12 00:00, 17d after "
                    + "the last order, when every order had reached an end."))
        #expect(
            summary.contains(
                "Delivery    8 orders shipped to a carrier, 7 confirmed fulfilled (first carrier scan, R10); 6 "
                    + "delivered (R11): 5 by the carrier, 1 by the customer (1 confirmed receipt of a stalled parcel)"))
        #expect(summary.contains("1 stalled now (no scan for days: lost or never scanned), 2 with an exception"))
        #expect(summary.contains("1 refunded for late fulfilment (not shipped within 5 days, R8)"))
        #expect(summary.contains("Infractions late fulfillment 1 · late confirmed fulfillment 1 (penalties 50.00 USD)"))
        #expect(summary.contains("  CN → US  China Post        4       15.2"))
        #expect(summary.contains("  JP → BR  Japan Post        1       12.0"))
    }

    @Test("--summary-json: every figure of the text under stable keys, every status and infraction kind present")
    func json() throws {
        var snapshot = Self.snapshot()
        let summary = DemoSummary(snapshot, deadLetters: [], stateFolder: "/tmp/s", stoppedEarly: false)
        let data = try summary.json()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "ending", "start", "placementsEnd", "end", "simulatedHours", "orders", "dispatch", "suppliers",
                "delivery", "infractions", "lanes", "deadLetters", "deadLetterLines", "mails", "stateFolder",
            ])
        #expect(object["ending"] as? String == "every_order_ended")
        #expect(object["start"] as? String == "2026-11-22T00:00:00.000Z")
        #expect(object["simulatedHours"] as? Double == 480)
        let orders = try #require(object["orders"] as? [String: Any])
        let statuses = try #require(orders["byStatus"] as? [String: Int])
        #expect(Set(statuses.keys) == Set(DemoReport.statuses.map(\.name)))
        #expect(statuses["delivered"] == 6 && statuses["confirmed_fulfilled"] == 1 && statuses["held"] == 0)
        let delivery = try #require(object["delivery"] as? [String: Int])
        #expect(
            delivery == [
                "shipments": 8, "confirmedFulfilled": 7, "delivered": 6, "deliveredByCarrier": 5,
                "deliveredByCustomer": 1, "customerConfirmations": 1, "stalled": 1, "exceptions": 2,
                "returnedToSender": 0, "lateFulfillmentRefunds": 1,
            ])
        let infractions = try #require(object["infractions"] as? [String: Any])
        #expect(
            infractions["byKind"] as? [String: Int] == ["late_fulfillment": 1, "late_confirmed_fulfillment": 1])
        let lanes = try #require(object["lanes"] as? [[String: Any]])
        #expect(lanes.first?["meanDays"] as? Double == 15.25 && lanes.first?["carrier"] as? String == "China Post")
        let dispatch = try #require(object["dispatch"] as? [String: Any])
        #expect(dispatch["onTime"] as? Int == 9 && dispatch["targetMinutes"] as? Int == 120)
        // It reads back as it was written
        #expect(try DomainTime.makeDecoder().decode(DemoSummary.self, from: data) == summary)

        // Why the run ended: the follow-up's days were over, or there was none, or Ctrl-C
        snapshot.now = Self.days(33)
        #expect(DemoSummary.Ending(snapshot, stoppedEarly: false) == .followLimit)
        #expect(DemoSummary.Ending(snapshot, stoppedEarly: true) == .stopped)
        snapshot.followEnd = snapshot.end
        #expect(DemoSummary.Ending(snapshot, stoppedEarly: false) == .placementsOver)
    }
}
