import Contracts
import Foundation
import Testing

@testable import CLI

/// The demo's catalogue, schedule and text.
struct DemoTests {
    @Test(
        "R4: a large first order (the per-order limit) reaches the fraud hold's first-order floor, about 200 USD",
        arguments: DemoCatalog.listings)
    func largeOrdersAreASignal(listing: ListingRecord) throws {
        // `AmountThreshold.scaled(200)` in these currencies (FraudHold's policy table, which the CLI does not link).
        let floors = ["BRL": Int64(1_000_00), "EUR": 200_00, "JPY": 30_000]
        for variation in listing.variations {
            let floor = try #require(floors[variation.price.currency.code])
            #expect(Int64(listing.perOrderLimit) * variation.price.minorUnits >= floor, "\(variation.sku)")
        }
    }

    @Test("R6, R9: three merchants, three currencies, three or four known suppliers per variation, verified HS codes")
    func catalogue() {
        let load = DemoCatalog.load
        #expect(Set(load.merchants.compactMap(\.language)).count == 3)
        #expect(Set(load.listings.flatMap(\.variations).map(\.price.currency)).count == 3)
        #expect((4...6).contains(load.listings.count))
        let suppliers = Set(load.suppliers.map(\.id))
        for listing in load.listings {
            #expect(HarmonizedSystem.isSubheading(listing.hsCode ?? ""), "\(listing.id)")
            #expect(CountryCode(listing.originCountry ?? "") != nil)
            for variation in listing.variations {
                #expect(
                    (3...4).contains(variation.suppliers.count)
                        && Set(variation.suppliers.map(\.supplierID)).isSubset(of: suppliers))
                #expect(Set(variation.suppliers.map(\.supplierID)).count == variation.suppliers.count)
                #expect(variation.suppliers.allSatisfy { $0.productCost.currency == variation.price.currency })
            }
        }
        #expect(DemoCatalog.behaviours.allSatisfy { suppliers.contains($0.supplier) })
        // R6: a first choice and three backups
        #expect(load.listings.flatMap(\.variations).contains { $0.suppliers.count == 4 })
    }

    @Test("Order i is due i placement intervals after the start; a tick places those due before the next")
    func schedule() {
        let plan = DemoPlan(hours: 24, rate: 20, step: .seconds(600), tick: .milliseconds(100), seed: 1)
        let start = DomainTime.parse("2026-11-22T00:00:00.000Z")!
        #expect(DemoDriver.ordersDue(before: start.addingTimeInterval(600), from: start, plan: plan) == 4)
        #expect(DemoDriver.ordersDue(before: start.addingTimeInterval(plan.length), from: start, plan: plan) == 480)
        #expect(
            plan.advance(
                from: start.addingTimeInterval(plan.length - 120), until: start.addingTimeInterval(plan.length))
                == .seconds(120))
    }

    @Test func hoursAsPeopleWriteThem() {
        #expect(DemoReport.hours(72 * 3_600) == "72h")
        #expect(DemoReport.hours(14.5 * 3_600) == "14h30m")
        #expect(DemoReport.hours(45 * 60) == "45m")
    }

    @Test("The progress lines and the summary carry the counts")
    func text() throws {
        let start = DomainTime.parse("2026-11-22T00:00:00.000Z")!
        var orders = OrderCounts()
        orders.total = 13
        orders.byStatus = ["held": 7, "under_review": 2, "shipped": 3, "dispatch_exhausted": 1]
        orders.dispatchedOnTime = 3
        var activity = DemoActivity()
        activity.placed = 12
        activity.risky = 1
        activity.returning = 2
        activity.countries = ["BR", "JP"]
        activity.refusals = ["sold_out": 1]
        activity.firstRefusal = ["sold_out": "quantity: Listing lst_a is sold out. (sold_out)"]
        let snapshot = DemoSnapshot(
            start: start, now: start.addingTimeInterval(5 * 3_600), end: start.addingTimeInterval(24 * 3_600),
            orders: orders, activity: activity, suppliers: SupplierScores(lists: []), deadLetters: 0, mails: 30)
        let progress = DemoReport.progress(snapshot)
        #expect(progress[0].hasPrefix("Dropline demo  2026-11-22 05:00 simulated  (5h of 24h)"))
        #expect(
            progress[1]
                == "orders     13: awaiting payment 0 · held 7 · under review 2 · released 0 · dispatched 0 · "
                + "no supplier left 1")
        #expect(
            progress[2]
                == "           shipped 3 · confirmed fulfilled 0 · delivered 0 · cancelled 0 · declined 0 · refunded 0")
        #expect(
            DemoReport.line(snapshot).hasPrefix(
                "2026-11-22 05:00  orders 13 (held 7, under review 2, no supplier left 1, shipped 3)"))
        let summary = DemoReport.summary(snapshot, deadLetters: [], stateFolder: "/tmp/s", stoppedEarly: true)
        #expect(summary.hasPrefix("Dropline demo stopped after 5h of simulated time"))
        #expect(
            summary.contains("12 placed by this run from 2 countries (1 risky, 2 by returning customers), 1 refused"))
        #expect(progress[3].hasPrefix("customers  placed 12 (risky 1, returning 2) · refused 1 · cancelled 0"))
        #expect(summary.contains("  1 × quantity: Listing lst_a is sold out. (sold_out)"))
        #expect(
            summary.contains(
                "3 orders dispatched, 3 within 2h of release (100.0% on time); 1 with no supplier left (refunded 72h "
                    + "after, unless `dropline dispatch retry` finds one)"))
        #expect(
            summary.contains(
                "  awaiting payment  0  under review  2  dispatched        0  shipped              3  delivered  0  "
                    + "declined  0"))
        #expect(
            summary.contains(
                "  held              7  released      0  no supplier left  1  confirmed fulfilled  0  cancelled  0  "
                    + "refunded  0"))
        #expect(summary.contains("Mails       30 in /tmp/s/maildir/new"))
    }
}
