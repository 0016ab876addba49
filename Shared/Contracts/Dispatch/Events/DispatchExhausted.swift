import Foundation

/// R6: every supplier of the order failed. The merchant is told; unless the order is dispatched again before
/// `refundAt`, Dispatch abandons it then and Orders refunds the customer.
public struct DispatchExhausted: EventPayload, Equatable {
    public static let eventType = "dispatch.exhausted"
    public var orderID: OrderID
    public var merchantID: MerchantID
    /// Each supplier tried, in order, with why it failed.
    public var attempts: [DispatchAttempt]
    public var refundAt: Date
    public var at: Date

    public init(orderID: OrderID, merchantID: MerchantID, attempts: [DispatchAttempt], refundAt: Date, at: Date) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.attempts = attempts
        self.refundAt = refundAt
        self.at = at
    }
}
