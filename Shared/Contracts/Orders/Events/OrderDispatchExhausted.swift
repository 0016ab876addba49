import Foundation

/// R6: every supplier Dispatch tried for a released order failed; the order is `dispatch_exhausted` and the merchant
/// is told what failed and that the order is refunded at `refundAt` unless it is dispatched again. Orders publishes
/// it once per exhaustion (a later one, after a retry, lists more attempts).
public struct OrderDispatchExhausted: EventPayload, Equatable {
    public static let eventType = "order.dispatch_exhausted"
    public var orderID: OrderID
    public var merchantID: MerchantID
    /// Each supplier tried, in order, with why it failed.
    public var attempts: [DispatchAttempt]
    /// When Dispatch abandons the order and Orders refunds it, unless it is dispatched again first.
    public var refundAt: Date
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, merchantID: MerchantID, attempts: [DispatchAttempt], refundAt: Date, at: Date,
        followUps: [FollowUp] = [.notifyMerchant]
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.attempts = attempts
        self.refundAt = refundAt
        self.at = at
        self.followUps = followUps
    }
}
