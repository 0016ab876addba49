import Foundation

// The facts the Fraud Hold domain publishes on the `fraud` stream (R4, R5).

/// An authorised order entered the fraud hold; schedule a timer for `holdEnds` (R4).
public struct FraudHoldStarted: EventPayload, Hashable {
    public static let eventType = "fraud.hold_started"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var placedAt: Date
    public var startedAt: Date
    /// `placedAt` plus the hold duration (default 8 hours).
    public var holdEnds: Date
    /// The risk assessment's score, threshold and reasons.
    public var assessment: RiskAssessment

    public init(
        orderID: OrderID, merchantID: MerchantID, placedAt: Date, startedAt: Date, holdEnds: Date,
        assessment: RiskAssessment
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.placedAt = placedAt
        self.startedAt = startedAt
        self.holdEnds = holdEnds
        self.assessment = assessment
    }
}
