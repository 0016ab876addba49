import Contracts
import Foundation
import Simulator

/// Shared values for the simulator tests: domain time 0, a purchase order request and a predictable behaviour.
enum Fixtures {
    /// Domain time 0 of every scenario; tests never read the wall clock for domain time.
    static let t0 = DomainTime.parse("2026-11-21T12:00:00.000Z")!
    static let usd = CurrencyCode("USD")!

    static func minutes(_ count: Double) -> Date { t0.addingTimeInterval(count * 60) }
    static func hours(_ count: Double) -> Date { t0.addingTimeInterval(count * 3_600) }

    /// Acknowledges 30 minutes after receipt and ships 10 hours after that, never refuses.
    static let punctual = behaviour(
        ackDelayMinutes: DelayRange(min: 30, max: 30), shipDelayHours: DelayRange(min: 10, max: 10), rejectRate: 0,
        outOfStockRate: 0)

    /// The documented default behaviour with the fields given changed.
    static func behaviour(
        ackDelayMinutes: DelayRange? = nil, shipDelayHours: DelayRange? = nil, rejectRate: Double? = nil,
        outOfStockRate: Double? = nil, silentRate: Double? = nil, lateShipRate: Double? = nil,
        carriers: [String]? = nil
    ) -> SupplierBehaviour {
        SupplierBehaviourChange(
            ackDelayMinutes: ackDelayMinutes, shipDelayHours: shipDelayHours, rejectRate: rejectRate,
            outOfStockRate: outOfStockRate, silentRate: silentRate, lateShipRate: lateShipRate, carriers: carriers
        ).applied(to: .defaults)
    }

    /// Settings whose default behaviour is `punctual`.
    static func settings(seed: UInt64 = 1, latency: Duration = .zero) -> SimulatorSettings {
        SimulatorSettings(behaviour: punctual, latency: latency, seed: seed)
    }

    /// Purchase order `po_<order>_<attempt>` of `order` to `supplier`.
    static func request(
        order: String = "ord_1", attempt: Int = 1, supplier: SupplierID = "sup_a", quantity: Int = 2
    ) -> PurchaseOrderRequest {
        let orderID = OrderID(rawValue: order)
        let customer = Address(
            name: "Ana Lima", line1: "Rua Augusta 12", city: "São Paulo", region: "SP", postalCode: "01305-000",
            country: "BR")
        let merchant = Address(
            name: "Tee Shop", line1: "1 Market St", city: "Lisbon", postalCode: "1100-148", country: "PT")
        return PurchaseOrderRequest(
            purchaseOrderID: DispatchPartitioning.purchaseOrderID(order: orderID, attempt: attempt),
            supplierID: supplier, orderID: orderID, listingID: "lst_1", sku: "TEE-M", title: "Tee, medium",
            quantity: quantity, shipTo: customer, brand: "Tee Shop", returnAddress: merchant,
            packagingInstructions: "No invoice in the parcel.", cost: Money(minorUnits: 7_50, currency: usd),
            acknowledgeBy: hours(24), shipBy: hours(48), documents: [])
    }
}
