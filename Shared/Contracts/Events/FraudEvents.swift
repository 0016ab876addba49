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

/// An order went `under_review`: the reviewers' queue gains it and its merchant is told (R4).
public struct FraudReviewOpened: EventPayload, Hashable {
    public static let eventType = "fraud.review_opened"
    public var orderID: OrderID
    public var merchantID: MerchantID
    /// 1 for the first review, higher after a reopen.
    public var round: Int
    public var reasons: [RiskReason]
    public var openedAt: Date

    public init(orderID: OrderID, merchantID: MerchantID, round: Int, reasons: [RiskReason], openedAt: Date) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.round = round
        self.reasons = reasons
        self.openedAt = openedAt
    }
}

/// A reviewer approved the order. `releasesOrder` is true when the hold had already ended (R4, R5).
public struct FraudReviewApproved: EventPayload, Hashable {
    public static let eventType = "fraud.review_approved"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var round: Int
    public var reviewer: String
    public var approvedAt: Date
    /// True when approval came after the hold ended, so the order is released now.
    public var releasesOrder: Bool

    public init(
        orderID: OrderID, merchantID: MerchantID, round: Int, reviewer: String, approvedAt: Date, releasesOrder: Bool
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.round = round
        self.reviewer = reviewer
        self.approvedAt = approvedAt
        self.releasesOrder = releasesOrder
    }
}

/// A reviewer rejected the order: cancel it, void the payment, give the stock back (R4).
public struct FraudReviewRejected: EventPayload, Hashable {
    public static let eventType = "fraud.review_rejected"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var round: Int
    public var reviewer: String
    public var reason: String
    public var rejectedAt: Date

    public init(
        orderID: OrderID, merchantID: MerchantID, round: Int, reviewer: String, reason: String, rejectedAt: Date
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.round = round
        self.reviewer = reviewer
        self.reason = reason
        self.rejectedAt = rejectedAt
    }
}
