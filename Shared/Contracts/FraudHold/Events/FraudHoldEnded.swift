import Foundation

/// The hold's time is up. `releasesOrder` is true when nothing else holds the order back (R4, R5).
public struct FraudHoldEnded: EventPayload, Hashable {
    public static let eventType = "fraud.hold_ended"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var endedAt: Date
    /// True when the order may be released now: no review open, not rejected.
    public var releasesOrder: Bool
    /// True when a review keeps the order back; its approval will release it.
    public var reviewPending: Bool

    public init(orderID: OrderID, merchantID: MerchantID, endedAt: Date, releasesOrder: Bool, reviewPending: Bool) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.endedAt = endedAt
        self.releasesOrder = releasesOrder
        self.reviewPending = reviewPending
    }
}
