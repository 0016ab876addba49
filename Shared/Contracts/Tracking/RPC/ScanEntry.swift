import Foundation

/// One carrier scan of a parcel, as `tracking.show` lists it (oldest first).
public struct ScanEntry: Codable, Sendable, Equatable {
    /// The carrier's own id of the scan event.
    public var scanID: String
    public var kind: ScanKind
    public var location: String?
    /// The domain time Tracking recorded the scan at (never before the shipment).
    public var at: Date

    public init(scanID: String, kind: ScanKind, location: String?, at: Date) {
        self.scanID = scanID
        self.kind = kind
        self.location = location
        self.at = at
    }
}
