import Contracts
import Foundation

/// One parcel as its simulated carrier holds it: the shipment Tracking registered and the journey drawn for it
/// then (R10, R11). Registered once per tracking number: a redelivered `shipment.registered` finds it and changes
/// nothing.
struct SimulatedParcel: Codable, Sendable, Equatable {
    /// The carrier's name as the shipment names it; the scans report it.
    var carrier: String
    /// As registered; the scans report it so.
    var trackingNumber: String
    var purchaseOrderID: PurchaseOrderID
    var orderID: OrderID
    var shippedAt: Date
    var journey: ParcelJourney

    init(_ shipment: ShipmentRegistered, journey: ParcelJourney) {
        carrier = shipment.carrier
        trackingNumber = shipment.trackingNumber
        purchaseOrderID = shipment.purchaseOrderID
        orderID = shipment.orderID
        shippedAt = shipment.at
        self.journey = journey
    }

    /// The key its row is stored under: the tracking number in upper case without spaces, as Tracking compares it.
    static func key(of trackingNumber: String) -> String {
        trackingNumber.uppercased().filter { !$0.isWhitespace }
    }

    /// The report of scan `number` (1-based), or nil when the journey has no such scan.
    func report(ofScan number: Int) -> ScanReport? {
        guard journey.scans.indices.contains(number - 1) else { return nil }
        let scan = journey.scans[number - 1]
        return ScanReport(
            carrier: carrier, trackingNumber: trackingNumber,
            scanID: ParcelJourney.scanID(trackingNumber: trackingNumber, number: number), kind: scan.kind,
            location: scan.location, at: scan.at)
    }
}
