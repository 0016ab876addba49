/// What a carrier's scan says about a parcel (R10, R11); the raw values are the JSON names.
public enum ScanKind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// The carrier took the parcel in (usually the first scan).
    case accepted
    /// The parcel moved between the carrier's facilities.
    case inTransit = "in_transit"
    /// The parcel is on the vehicle that delivers it.
    case outForDelivery = "out_for_delivery"
    /// Something stopped the parcel: customs, a wrong address, damage.
    case exception
    /// The carrier sends the parcel back to the sender.
    case returnedToSender = "returned_to_sender"
    /// The carrier delivered the parcel (R11).
    case delivered

    public var description: String { rawValue }
}
