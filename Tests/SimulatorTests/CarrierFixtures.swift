import Contracts
import Foundation
import Simulator

/// Shared values for the carrier tests: registered shipments with and without a chosen service level.
enum CarrierFixtures {
    static let day: TimeInterval = 86_400
    static let china = CountryCode("CN")!
    static let unitedStates = CountryCode("US")!

    /// Wish Post Standard's promise (R9): 15 to 25 days.
    static let standard = DayRange(minimum: 15, maximum: 25)!

    /// The Wish Post Standard number of serial `serial`: a valid S10 number posted in China.
    static func trackingNumber(_ serial: Int) -> String {
        SimulatedCarrier.named("Wish Post Standard")!.trackingNumber(serial: serial).description
    }

    /// The service level Dispatch chose, promising `transit`.
    static func choice(transit: DayRange = standard) -> ShippingChoice {
        ShippingChoice(
            carrier: "Wish Post", serviceLevel: "Wish Post Standard", origin: china, destination: unitedStates,
            transitDays: transit, hasLastMileTracking: false, requiresConfirmedDelivery: false,
            price: Money(minorUnits: 1_20, currency: Fixtures.usd), reason: "the cheapest to the US")
    }

    /// The shipment of order `ord_<serial>`, shipped at `at` with Wish Post Standard; `choice` nil leaves the
    /// expected-delivery window (20 to 30 days) as the only promise.
    static func shipment(
        serial: Int = 1, at: Date = Fixtures.t0, carrier: String = "Wish Post Standard",
        choice: ShippingChoice? = CarrierFixtures.choice()
    ) -> ShipmentRegistered {
        let orderID = OrderID(rawValue: "ord_\(serial)")
        return ShipmentRegistered(
            orderID: orderID, purchaseOrderID: DispatchPartitioning.purchaseOrderID(order: orderID, attempt: 1),
            merchantID: "mer_1", supplierID: "sup_a", carrier: carrier, trackingNumber: trackingNumber(serial),
            choice: choice, isCarrierMismatch: false, destination: unitedStates,
            expectedDelivery: DeliveryWindow(
                earliest: at.addingTimeInterval(20 * day), latest: at.addingTimeInterval(30 * day),
                basis: "Wish Post Standard promises 15-25 days"),
            at: at)
    }

    /// The documented defaults with the fields given changed.
    static func behaviour(
        exceptionRate: Double = 0, returnRate: Double = 0, lostRate: Double = 0, unscannedRate: Double = 0,
        transitMultiplier: Double = 1
    ) -> CarrierBehaviour {
        CarrierBehaviour(
            exceptionRate: exceptionRate, returnRate: returnRate, lostRate: lostRate, unscannedRate: unscannedRate,
            transitMultiplier: transitMultiplier)
    }
}
