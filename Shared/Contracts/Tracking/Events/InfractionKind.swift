/// A merchant's breach of a fulfilment deadline; the raw values are the JSON names.
public enum InfractionKind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// R8: not shipped within 5 days of release; the order is refunded and a penalty charged.
    case lateFulfillment = "late_fulfillment"
    /// R10: not confirmed fulfilled within 7 days of release.
    case lateConfirmedFulfillment = "late_confirmed_fulfillment"

    public var description: String { rawValue }
}
