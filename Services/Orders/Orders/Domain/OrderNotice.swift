import Contracts

/// A mail a tracking fact calls for without changing the order's status or publishing anything (R8, R10): the desk
/// sends it from its one place, beside the facts' own notifications.
public enum OrderNotice: Sendable, Equatable {
    /// R10: the customer is told of a scan that matters (out for delivery, an exception, returned to sender);
    /// `number` counts the order's scans of that kind so far, 1 for the first.
    case scan(ShipmentScanned, number: Int)
    /// R10: the merchant is told that the parcel stalled and the supplier is asked to follow up; `number` counts
    /// the order's stalls so far.
    case stalled(ShipmentStalled, number: Int)
    /// R8, R10: the merchant is told of an infraction charged for the order (and, for `late_fulfillment`, that the
    /// order was refunded).
    case infraction(InfractionRecorded, refunded: Bool)
}

/// What a tracking fact asks of the Orders service: the facts to publish (each a status change) and the notices
/// to mail. A repeated fact returns neither.
public struct OrderOutcome: Sendable, Equatable {
    public var events: [OrderEvent]
    public var notices: [OrderNotice]

    public init(events: [OrderEvent] = [], notices: [OrderNotice] = []) {
        self.events = events
        self.notices = notices
    }

    /// Nothing to publish or mail.
    public static let none = OrderOutcome()
}
