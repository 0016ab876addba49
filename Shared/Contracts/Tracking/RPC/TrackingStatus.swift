/// Where an order's parcel stands, as `tracking.show` says it (R8-R11); the raw values are the JSON names.
public enum TrackingStatus: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Released to the merchant and not shipped yet: the R8 and R10 deadlines run.
    case awaitingShipment = "awaiting_shipment"
    /// Refunded or cancelled before it shipped: nothing more is followed.
    case ended
    /// The supplier shipped it; the carrier has not scanned it yet.
    case shipped
    /// The carrier took it in or moves it (`accepted`, `in_transit` scans): confirmed fulfilled (R10).
    case inTransit = "in_transit"
    case outForDelivery = "out_for_delivery"
    case exception
    case returnedToSender = "returned_to_sender"
    /// No scan for `stalled_after_days`: the merchant was alerted.
    case stalled
    /// By the carrier's scan or the customer's word (R11).
    case delivered

    public var description: String { rawValue }
}
