import Contracts
import Foundation

/// One scan of a parcel's planned journey: what the carrier will report, when and where.
public struct PlannedScan: Codable, Sendable, Equatable {
    public var kind: ScanKind
    /// Domain time, whole seconds.
    public var at: Date
    /// Where the carrier scans it, e.g. `Export hub, CN`; nil when the country is unknown.
    public var location: String?

    public init(kind: ScanKind, at: Date, location: String?) {
        self.kind = kind
        self.at = at
        self.location = location
    }
}
