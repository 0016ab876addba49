import Contracts
import Foundation

/// One scan a carrier reported, as the shipment applies it: its id, kind, place and the domain time it is
/// recorded at (already no earlier than the shipment).
public struct CarrierScan: Sendable, Equatable {
    public var scanID: String
    public var kind: ScanKind
    public var location: String?
    public var at: Date

    public init(scanID: String, kind: ScanKind, location: String?, at: Date) {
        self.scanID = scanID
        self.kind = kind
        self.location = location
        self.at = at
    }
}
