import Contracts
import Foundation
import Tracking

/// Shared values for the tracking tests: domain times counted from a release at `t0`, an order released to a US
/// customer, its purchase order sent with a Wish Post Standard choice and shipped with a China Post S10 number.
enum Fixtures {
    static let usd = CurrencyCode("USD")!
    static let cn = CountryCode("CN")!
    static let us = CountryCode("US")!
    /// The release of every scenario's order; tests never read the wall clock.
    static let t0 = DomainTime.parse("2026-11-22T08:00:00.000Z")!
    static let home = Address(
        name: "Ana Lima", line1: "12 Main Street", city: "Springfield", postalCode: "62701", country: "US")

    /// `t0` + days, hours and minutes.
    static func at(days: Double = 0, hours: Double = 0, minutes: Double = 0) -> Date {
        t0.addingTimeInterval(days * 86_400 + hours * 3_600 + minutes * 60)
    }

    /// A valid China Post S10 number with serial `serial` (check digit computed).
    static func number(_ serial: Int = 12_345_678) -> String {
        S10TrackingNumber(serviceIndicator: "LZ", serial: serial, country: cn)!.description
    }

    /// `order.released` of `id` for merchant `m-1`: 2 × 12.50 USD to `home`, released at `t0`.
    static func released(_ id: OrderID = "o-1", merchant: MerchantID = "m-1", at: Date = t0) -> OrderReleased {
        let entry = UnfulfilledOrder(
            orderID: id, merchantID: merchant, listingID: "lst_tee", sku: "TEE-M", quantity: 2,
            unitPrice: Money(minorUnits: 12_50, currency: usd), customerName: "Ana Lima", shippingAddress: home,
            releasedAt: at)
        return OrderReleased(orderID: id, cause: .holdEnded, unfulfilled: entry, at: at)
    }

    /// Wish Post Standard, CN → US, 15-25 days.
    static let choice = ShippingChoice(
        carrier: "Wish Post", serviceLevel: "Wish Post Standard", origin: cn, destination: us,
        transitDays: DayRange(minimum: 15, maximum: 25)!, hasLastMileTracking: false,
        requiresConfirmedDelivery: false, price: Money(minorUnits: 3_10, currency: usd),
        reason: "cheapest level reaching US within 25 days")

    /// `purchase_order.sent` for the order's first purchase order, an hour after release.
    static func sent(_ id: OrderID = "o-1", shipping: ShippingChoice? = choice) -> PurchaseOrderSent {
        PurchaseOrderSent(
            purchaseOrderID: purchaseOrder(id), orderID: id, merchantID: "m-1", listingID: "lst_tee",
            supplierID: "sup_sz", attempt: 1, sku: "TEE-M", quantity: 2, cost: Money(minorUnits: 9_00, currency: usd),
            choice: "rank 1", releasedAt: t0, isLate: false, acknowledgeBy: at(days: 1), shipBy: at(days: 2),
            shipping: shipping, at: at(hours: 1))
    }

    /// `purchase_order.shipped` of the order's first purchase order at `at`.
    static func shipped(
        _ id: OrderID = "o-1", carrier: String = "Wish Post Standard", number: String = number(), at: Date
    ) -> PurchaseOrderShipped {
        PurchaseOrderShipped(
            purchaseOrderID: purchaseOrder(id), orderID: id, supplierID: "sup_sz", carrier: carrier,
            trackingNumber: number, isOnTime: true, at: at)
    }

    static func purchaseOrder(_ id: OrderID) -> PurchaseOrderID { PurchaseOrderID(rawValue: "po_\(id.rawValue)_1") }

    /// A carrier's scan report.
    static func scan(
        _ scanID: String, _ kind: ScanKind = .accepted, number: String = number(),
        carrier: String = "Wish Post Standard",
        at: Date? = nil
    ) -> ScanReport {
        ScanReport(carrier: carrier, trackingNumber: number, scanID: scanID, kind: kind, location: "Shenzhen", at: at)
    }
}
