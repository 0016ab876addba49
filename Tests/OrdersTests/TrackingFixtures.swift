import Contracts
import Foundation
import Orders

/// Tracking's facts about `ServiceFixtures`' order (R8, R10, R11): a China Post parcel `LZ123456785CN`, shipped at
/// minute 900 of an order released at minute 480.
enum TrackingFixtures {
    static let carrier = "China Post"
    static let trackingNumber = "LZ123456785CN"
    static let releasedAt = ServiceFixtures.t(480)
    static let window = DeliveryWindow(
        earliest: ServiceFixtures.t(480 + 15 * 1440), latest: ServiceFixtures.t(480 + 25 * 1440),
        basis: "Wish Post Standard promises 15-25 days")

    static func shipped(_ id: OrderID, at time: Date = ServiceFixtures.t(900)) -> PurchaseOrderShipped {
        PurchaseOrderShipped(
            purchaseOrderID: DispatchPartitioning.purchaseOrderID(order: id, attempt: 1), orderID: id,
            supplierID: "sup_sz", carrier: carrier, trackingNumber: trackingNumber, isOnTime: true, at: time)
    }

    static func scanned(
        _ id: OrderID, _ kind: ScanKind, scanID: String, location: String? = "Shenzhen", at time: Date
    ) -> ShipmentScanned {
        ShipmentScanned(
            orderID: id, carrier: carrier, trackingNumber: trackingNumber, scanID: scanID, kind: kind,
            location: location, at: time)
    }

    static func confirmedFulfilled(_ id: OrderID, at time: Date) -> ShipmentConfirmedFulfilled {
        ShipmentConfirmedFulfilled(
            orderID: id, merchantID: ServiceFixtures.merchantID, carrier: carrier, trackingNumber: trackingNumber,
            releasedAt: releasedAt, isWithinDeadline: true, isWithinEligibilityWindow: true, expectedDelivery: window,
            at: time)
    }

    static func delivered(_ id: OrderID, evidence: DeliveryEvidence = .carrier, at time: Date) -> ShipmentDelivered {
        ShipmentDelivered(
            orderID: id, merchantID: ServiceFixtures.merchantID, evidence: evidence, requiresConfirmedDelivery: false,
            at: time)
    }

    static func stalled(_ id: OrderID, at time: Date) -> ShipmentStalled {
        ShipmentStalled(
            orderID: id, merchantID: ServiceFixtures.merchantID, supplierID: "sup_sz", carrier: carrier,
            trackingNumber: trackingNumber, lastHeardAt: time.addingTimeInterval(-7 * 86_400), silentDays: 7, at: time)
    }

    /// R8's (with its 50 USD penalty, due 5 days after release) or R10's infraction (due 7 days after release).
    static func infraction(_ id: OrderID, _ kind: InfractionKind) -> InfractionRecorded {
        let days = kind == .lateFulfillment ? 5.0 : 7.0
        let deadline = releasedAt.addingTimeInterval(days * 86_400)
        return InfractionRecorded(
            infractionID: "inf_\(id)_\(kind)", kind: kind, merchantID: ServiceFixtures.merchantID, orderID: id,
            releasedAt: releasedAt, deadline: deadline,
            penalty: kind == .lateFulfillment ? Money(minorUnits: 5000, currency: CurrencyCode("USD")!) : nil,
            at: deadline)
    }
}
