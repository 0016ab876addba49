/// The name of a `DispatchJobState`, for lists, queries and error sentences.
public enum DispatchStatus: String, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case choosing
    case sending
    case awaitingAcknowledgement = "awaiting_acknowledgement"
    case awaitingShipment = "awaiting_shipment"
    case withdrawing
    case awaitingLateShipment = "awaiting_late_shipment"
    case cancelling
    case shipped
    case exhausted
    case abandoned
    case cancelled

    public var description: String { rawValue }
}
