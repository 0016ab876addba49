import Contracts

/// The phases of an order's life that the Orders domain's rules turn on.
extension OrderStatus {
    /// Placed but not yet released or ended: the order is in its hold and the customer may still cancel it.
    public var isInHold: Bool {
        switch self {
        case .placed, .underReview, .held: true
        default: false
        }
    }

    /// R5, R6: released and not shipped yet (`released`, `dispatched`, or `dispatch_exhausted` waiting for a
    /// supplier): the order is in its merchant's Unfulfilled Orders queue.
    public var isUnfulfilled: Bool {
        switch self {
        case .released, .dispatched, .dispatchExhausted: true
        default: false
        }
    }

    /// R10, R11: released and not yet delivered, refunded or cancelled: its parcel is, or is about to be, on its
    /// way, and the customer hears of the scans that matter.
    public var isOnItsWay: Bool {
        switch self {
        case .released, .dispatched, .dispatchExhausted, .shipped, .confirmedFulfilled: true
        default: false
        }
    }

    /// The order ended before release (`declined`, `cancelled`); facts about it change nothing any more.
    public var hasEndedBeforeRelease: Bool {
        self == .declined || self == .cancelled
    }
}
