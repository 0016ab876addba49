import Contracts

/// The two deadlines Tracking keeps a durable timer for, from an order's release: R8 (shipped) and R10 (confirmed
/// fulfilled, the first scan). The raw value is the timer kind; a timer's id is `<kind>:<order id>`.
public enum OrderDeadline: String, Sendable, CaseIterable {
    /// R8: shipped within `fulfilment_deadline_days` (5), else refunded with a penalty.
    case fulfilment = "fulfilment-deadline"
    /// R10: first scanned within `confirmation_deadline_days` (7).
    case confirmation = "confirmation-deadline"

    /// The infraction recorded when the deadline passes unmet.
    public var infraction: InfractionKind {
        switch self {
        case .fulfilment: .lateFulfillment
        case .confirmation: .lateConfirmedFulfillment
        }
    }

    /// `R8` or `R10`.
    public var rule: String {
        switch self {
        case .fulfilment: "R8"
        case .confirmation: "R10"
        }
    }

    /// What must happen before the deadline, for `tracking.show`.
    public var requirement: String {
        switch self {
        case .fulfilment: "shipped"
        case .confirmation: "confirmed fulfilled"
        }
    }

    /// The id of an order's timer for this deadline.
    public func timerID(_ orderID: OrderID) -> String { "\(rawValue):\(orderID.rawValue)" }

    /// The deadline and order a timer id names; nil for another kind of timer.
    public static func parse(timerID: String) -> (OrderDeadline, OrderID)? {
        for deadline in allCases where timerID.hasPrefix(deadline.rawValue + ":") {
            return (deadline, OrderID(rawValue: String(timerID.dropFirst(deadline.rawValue.count + 1))))
        }
        return nil
    }
}
