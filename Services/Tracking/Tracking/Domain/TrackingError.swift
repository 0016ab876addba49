/// Why Tracking refuses a carrier's scan report (R10), one sentence naming the values.
public enum TrackingError: Error, Equatable, CustomStringConvertible {
    /// No shipment has this tracking number.
    case unknownTrackingNumber(String, carrier: String)
    /// A shipment has the number, but travels with another carrier.
    case otherCarrier(String, reported: String, shippedWith: String)

    public var description: String {
        switch self {
        case .unknownTrackingNumber(let number, let carrier):
            "No parcel shipped with \(carrier) has tracking number \(number)."
        case .otherCarrier(let number, let reported, let shippedWith):
            "Parcel \(number) travels with \(shippedWith), not \(reported)."
        }
    }
}
