/// The state of an order's dispatch, by name: `dispatch.show`'s `status`, `dispatch.list`'s filter and counts.
/// Dispatch derives it from the job's state.
public enum DispatchStatus: String, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Choosing the next supplier.
    case choosing
    /// A purchase order is on its way to the supplier connector.
    case sending
    case awaitingAcknowledgement = "awaiting_acknowledgement"
    case awaitingShipment = "awaiting_shipment"
    /// A timed-out purchase order is being withdrawn at its supplier.
    case withdrawing
    /// The supplier answered a withdrawal with "already shipped"; its ship report is to follow.
    case awaitingLateShipment = "awaiting_late_shipment"
    /// The order was cancelled; its open purchase order is being withdrawn.
    case cancelling
    case shipped
    /// Every supplier failed; the order is refunded at `refundAt` unless retried.
    case exhausted
    case abandoned
    case cancelled

    public var description: String { rawValue }
}
