import Contracts
import Foundation
import Inventory
import Testing

/// R16: supplier stock feeds set availability (supplier stock minus reservations) and alert the supplier and
/// the merchant once per crossing of 20% of the reference level.
struct SupplierStockTests {
    /// A supplier's successive reports, each with whether it must raise the low-stock alert.
    static let crossings: [[Report]] = [
        // The classic: alert at 20% exactly, none while low, re-armed above 20%.
        [
            Report(100, of: 100, alert: false), Report(30, of: 100, alert: false), Report(20, of: 100, alert: true),
            Report(10, of: 100, alert: false), Report(50, of: 100, alert: false), Report(15, of: 100, alert: true),
            Report(21, of: 100, alert: false), Report(20, of: 100, alert: true), Report(0, of: 100, alert: false),
        ],
        // Low from the first report; 11 of 50 is above 20% (10), so it re-arms.
        [
            Report(5, of: 50, alert: true), Report(10, of: 50, alert: false), Report(11, of: 50, alert: false),
            Report(10, of: 50, alert: true),
        ],
        // A raised reference level can make the same stock low.
        [
            Report(30, of: 100, alert: false), Report(30, of: 200, alert: true), Report(30, of: 150, alert: false),
            Report(30, of: 100, alert: false), Report(40, of: 200, alert: true),
        ],
    ]

    @Test(arguments: crossings)
    func theLowStockAlertFiresOncePerCrossing(reports: [Report]) throws {
        // Given a listing whose TEE-M is supplied by sup_a
        var listing = try InventoryFixture.listing()
        for (minute, report) in reports.enumerated() {
            // When sup_a reports its stock
            let events = try listing.applySupplierStock(
                supplierID: "sup_a", sku: "TEE-M", quantity: report.quantity, referenceLevel: report.referenceLevel,
                at: InventoryFixture.t(minute))

            // Then the alert goes out exactly where the table says, to the supplier and the merchant
            let alerts = events.compactMap(\.lowStockAlert)
            #expect(alerts.count == (report.alert ? 1 : 0), "at report \(minute): \(report)")
            if let alert = alerts.first {
                #expect(alert.supplierID == "sup_a" && alert.merchantID == "mer_1" && alert.sku == "TEE-M")
                #expect(alert.quantity == report.quantity && alert.referenceLevel == report.referenceLevel)
            }
        }
    }

    @Test func eachSupplierHasItsOwnCrossing() throws {
        // Given sup_a already alerted for TEE-M
        var listing = try InventoryFixture.listing()
        _ = try listing.applySupplierStock(
            supplierID: "sup_a", sku: "TEE-M", quantity: 2, referenceLevel: 100, at: InventoryFixture.t0)

        // When sup_b falls low too, then sup_b is alerted
        let events = try listing.applySupplierStock(
            supplierID: "sup_b", sku: "TEE-M", quantity: 4, referenceLevel: 40, at: InventoryFixture.t(1))
        #expect(events.compactMap(\.lowStockAlert).map(\.supplierID) == ["sup_b"])
    }

    @Test func availabilityFollowsTheSuppliersStockMinusReservations() throws {
        typealias Step = (name: String, change: (inout Listing, Date) throws -> [InventoryEvent], available: Int)
        func report(_ supplier: SupplierID, _ quantity: Int) -> (inout Listing, Date) throws -> [InventoryEvent] {
            {
                try $0.applySupplierStock(
                    supplierID: supplier, sku: "TEE-M", quantity: quantity, referenceLevel: 100, at: $1)
            }
        }
        func reserve(_ order: OrderID, _ quantity: Int) -> (inout Listing, Date) throws -> [InventoryEvent] {
            { listing, at in
                let (_, events) = try listing.reserve(
                    orderID: order, sku: "TEE-M", quantity: quantity, at: at, ttl: 600)
                return events
            }
        }
        // Each step changes TEE-M and states its availability after.
        let steps: [Step] = [
            ("reserve 3 for ord_1", reserve("ord_1", 3), 2),
            ("sup_a reports 20", report("sup_a", 20), 17),  // 20 on the shelf − 3 reserved
            // A sale moves reserved to sold; the supplier's count drops at its next report.
            ("sell ord_1", { try $0.markSold(orderID: "ord_1", at: $1) }, 17),
            ("sup_a reports 17", report("sup_a", 17), 17),  // the purchase order's 3 have left sup_a's count
            ("reserve 4 for ord_2", reserve("ord_2", 4), 13),
            ("sup_a reports 3", report("sup_a", 3), 0),  // fewer on the shelf than reserved: 0, never negative
            ("sup_b reports 10", report("sup_b", 10), 9),  // 3 + 10 on the shelves − 4 reserved
            ("release ord_2", { try $0.release(orderID: "ord_2", reason: .declined, at: $1) }, 13),
            ("sup_b reports 0", report("sup_b", 0), 3),
        ]

        // Given 5 TEE-M counted by the merchant
        var listing = try InventoryFixture.listing()
        var crossings: [String] = []
        for (minute, step) in steps.enumerated() {
            // When each step happens, then TEE-M's availability is as the table says
            crossings += try step.change(&listing, InventoryFixture.t(minute)).compactMap(\.soldOutCrossing)
            #expect(listing.variation("TEE-M")?.available == step.available, "after \(step.name)")
        }
        // And the listing showed Sold Out once, and came back once
        #expect(crossings == ["sold_out TEE-M", "back_in_stock TEE-M 9"])
    }

    @Test func anOlderOrRepeatedReportChangesNothing() throws {
        // Given sup_a's report of 40 at minute 10
        var listing = try InventoryFixture.listing()
        let first = try listing.applySupplierStock(
            supplierID: "sup_a", sku: "TEE-M", quantity: 40, referenceLevel: 100, at: InventoryFixture.t(10))
        #expect(first.map(\.eventType) == ["supplier_stock.updated"])
        let current = listing

        // When a report from minute 5 arrives late, then it is ignored
        #expect(
            try listing.applySupplierStock(
                supplierID: "sup_a", sku: "TEE-M", quantity: 1, referenceLevel: 100, at: InventoryFixture.t(5)
            ).isEmpty)
        #expect(listing == current)

        // When the same report arrives again, then no fact is published and availability is unchanged
        #expect(
            try listing.applySupplierStock(
                supplierID: "sup_a", sku: "TEE-M", quantity: 40, referenceLevel: 100, at: InventoryFixture.t(10)
            ).isEmpty)
        #expect(listing.variations == current.variations)
    }

    @Test(arguments: [(-1, 100), (5, 0), (Listing.maxReportedUnits + 1, 100), (5, Listing.maxReportedUnits + 1)])
    func anImpossibleReportIsRefused(quantity: Int, referenceLevel: Int) throws {
        // Given a listing, when a supplier reports an impossible count, then it is refused with its values
        var listing = try InventoryFixture.listing()
        let error = StockError.invalidSupplierStock(
            "sup_a", sku: "TEE-M", quantity: quantity, referenceLevel: referenceLevel)
        #expect(throws: error) {
            try listing.applySupplierStock(
                supplierID: "sup_a", sku: "TEE-M", quantity: quantity, referenceLevel: referenceLevel,
                at: InventoryFixture.t0)
        }
        #expect(
            error.description
                == "Supplier sup_a reported \(quantity) of TEE-M against a reference level of \(referenceLevel); "
                + "stock must be 0 to 1000000000 and the reference level 1 to 1000000000.")
        #expect(throws: StockError.unknownSKU("TEE-XL")) {
            try listing.applySupplierStock(
                supplierID: "sup_a", sku: "TEE-XL", quantity: 1, referenceLevel: 10, at: InventoryFixture.t0)
        }
    }
}

/// One supplier stock report and whether it must raise the low-stock alert.
struct Report: Sendable, CustomTestStringConvertible {
    let quantity: Int
    let referenceLevel: Int
    let alert: Bool

    init(_ quantity: Int, of referenceLevel: Int, alert: Bool) {
        self.quantity = quantity
        self.referenceLevel = referenceLevel
        self.alert = alert
    }

    var testDescription: String { "\(quantity)/\(referenceLevel)\(alert ? " alert" : "")" }
}
