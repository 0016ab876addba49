import Contracts

/// A lane: parcels from one country to another with one carrier (`tracking.lanes`).
public struct LaneKey: Sendable, Hashable {
    public var origin: CountryCode
    public var destination: CountryCode
    /// The carrier's name as the shipment wrote it.
    public var carrier: String

    public init(origin: CountryCode, destination: CountryCode, carrier: String) {
        self.origin = origin
        self.destination = destination
        self.carrier = carrier
    }

    /// The carrier compared without case and surrounding spaces.
    public var carrierKey: String { Shipment.carrierKey(carrier) }
}
