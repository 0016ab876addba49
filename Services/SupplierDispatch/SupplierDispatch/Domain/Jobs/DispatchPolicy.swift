import Foundation

/// The durations of supplier dispatch (R6, R7), in seconds; the mesh config may change each one.
public struct DispatchPolicy: Codable, Hashable, Sendable {
    /// R6: a purchase order sent later than this after the order's release counts as late. Default 2 hours.
    public var dispatchTarget: TimeInterval
    /// R7: the supplier must acknowledge a purchase order within this time of receiving it, or it is withdrawn.
    /// Default 24 hours.
    public var acknowledgeWithin: TimeInterval
    /// R7: the supplier must ship within this time of the purchase order, or it is withdrawn. Default 48 hours.
    public var shipWithin: TimeInterval
    /// R6: when every supplier failed, the order is abandoned (and the customer refunded) this long after, unless
    /// the merchant adds a supplier first. Default 72 hours.
    public var refundAfter: TimeInterval

    /// A policy with the given durations, R6's and R7's defaults unless told otherwise.
    public init(
        dispatchTarget: TimeInterval = 2 * 3_600, acknowledgeWithin: TimeInterval = 24 * 3_600,
        shipWithin: TimeInterval = 48 * 3_600, refundAfter: TimeInterval = 72 * 3_600
    ) {
        self.dispatchTarget = dispatchTarget
        self.acknowledgeWithin = acknowledgeWithin
        self.shipWithin = shipWithin
        self.refundAfter = refundAfter
    }
}
