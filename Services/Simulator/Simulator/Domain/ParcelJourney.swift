/// A parcel's whole journey as the simulated carrier plays it: its fate and its scans in time order, each after
/// the one before (R10, R11).
public struct ParcelJourney: Codable, Sendable, Equatable {
    public var fate: ParcelFate
    /// Empty for an unscanned parcel; without `out_for_delivery` and `delivered` for a lost or returned one.
    public var scans: [PlannedScan]

    public init(fate: ParcelFate, scans: [PlannedScan]) {
        self.fate = fate
        self.scans = scans
    }

    /// The carrier's id of scan `number` (1-based) of the parcel `trackingNumber`: `<trackingNumber>-<number>`,
    /// the same at every resend, so that Tracking applies it once.
    public static func scanID(trackingNumber: String, number: Int) -> String {
        "\(trackingNumber)-\(number)"
    }
}
