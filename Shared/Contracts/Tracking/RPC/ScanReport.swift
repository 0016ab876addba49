import Foundation

/// `tracking.scan`: a carrier reports a scan of a parcel (R10, R11). Idempotent on `scanID` per carrier: a repeated
/// report changes nothing and answers as the first did. Refused when the carrier is unknown, the tracking number is
/// not valid for it, or no shipment has that number.
public struct ScanReport: Codable, Sendable, Equatable {
    /// The carrier's name as the mesh config writes it.
    public var carrier: String
    /// As the carrier writes it: spaces are ignored and letters compared in upper case.
    public var trackingNumber: String
    /// The carrier's own id of this scan event.
    public var scanID: String
    public var kind: ScanKind
    public var location: String?
    /// When the carrier scanned; Tracking records it no earlier than the shipment, nor than its own clock allows
    /// (docs/architecture.md §4). Nil means now.
    public var at: Date?

    public init(
        carrier: String, trackingNumber: String, scanID: String, kind: ScanKind, location: String? = nil,
        at: Date? = nil
    ) {
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.scanID = scanID
        self.kind = kind
        self.location = location
        self.at = at
    }
}
