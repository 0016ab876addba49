/// A carrier a tracking number is valid for, and the format that takes it.
public struct TrackingNumberMatch: Sendable, Hashable, Codable {
    public var carrier: String
    public var format: TrackingNumberFormat

    public init(carrier: String, format: TrackingNumberFormat) {
        self.carrier = carrier
        self.format = format
    }
}
