import Foundation

/// R10: a carrier scanned a parcel. Every scan is one event, once: a scan whose carrier event id Tracking has
/// seen changes nothing.
public struct ShipmentScanned: EventPayload, Equatable {
    public static let eventType = "shipment.scanned"
    public var orderID: OrderID
    public var carrier: String
    public var trackingNumber: String
    /// The carrier's own id of the scan event.
    public var scanID: String
    public var kind: ScanKind
    /// Where the carrier scanned it, as the carrier writes it; nil when it does not say.
    public var location: String?
    /// The domain time of the scan (never before the shipment).
    public var at: Date

    public init(
        orderID: OrderID, carrier: String, trackingNumber: String, scanID: String, kind: ScanKind, location: String?,
        at: Date
    ) {
        self.orderID = orderID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.scanID = scanID
        self.kind = kind
        self.location = location
        self.at = at
    }
}
