/// How a parcel's journey ends, drawn when it is registered (R10, R11); the raw values are the stored names.
public enum ParcelFate: String, Codable, Sendable, CaseIterable {
    /// Accepted, in transit, out for delivery, delivered within the service level's transit range.
    case delivered
    /// The same with an `exception` scan on the way.
    case deliveredAfterException = "delivered_after_exception"
    /// An exception at the door, then `returned_to_sender`: never delivered.
    case returned
    /// The scans stop after acceptance or a transit scan: the parcel stalls.
    case lost
    /// Never scanned at all.
    case unscanned
}
