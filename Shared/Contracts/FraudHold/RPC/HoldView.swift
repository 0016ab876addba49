import Foundation

/// The result of `fraud.show`: where an order's hold stands, its assessment and every review round (R4).
public struct HoldView: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var status: FraudHoldStatus
    public var placedAt: Date
    public var startedAt: Date
    public var holdEnds: Date
    /// When the hold timer fired; nil before (and for a hold rejected or closed before its end).
    public var holdEndedAt: Date?
    /// When the order was cancelled or declined during the hold.
    public var closedAt: Date?
    public var assessment: RiskAssessment
    /// Oldest first.
    public var reviews: [ReviewRoundView]

    public init(
        orderID: OrderID, merchantID: MerchantID, status: FraudHoldStatus, placedAt: Date, startedAt: Date,
        holdEnds: Date, holdEndedAt: Date?, closedAt: Date?, assessment: RiskAssessment, reviews: [ReviewRoundView]
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.status = status
        self.placedAt = placedAt
        self.startedAt = startedAt
        self.holdEnds = holdEnds
        self.holdEndedAt = holdEndedAt
        self.closedAt = closedAt
        self.assessment = assessment
        self.reviews = reviews
    }
}
