import Contracts
import Foundation

/// An authorised order entered the fraud hold; schedule a timer for `holdEnds` (R4).
public struct FraudHoldStarted: EventPayload, Hashable {
    public static let eventType = "fraud.hold_started"
    public var orderID: String
    public var merchantID: String
    public var placedAt: Date
    public var startedAt: Date
    /// `placedAt` plus the hold duration (default 8 hours).
    public var holdEnds: Date
    /// The risk assessment's score, threshold and reasons.
    public var assessment: RiskAssessment
}

/// The hold's time is up. `releasesOrder` is true when nothing else holds the order back (R4, R5).
public struct FraudHoldEnded: EventPayload, Hashable {
    public static let eventType = "fraud.hold_ended"
    public var orderID: String
    public var merchantID: String
    public var endedAt: Date
    /// True when the order may be released now: no review open, not rejected.
    public var releasesOrder: Bool
    /// True when a review keeps the order back; its approval will release it.
    public var reviewPending: Bool
}

/// An order went `under_review`: the reviewers' queue gains it and its merchant is told (R4).
public struct FraudReviewOpened: EventPayload, Hashable {
    public static let eventType = "fraud.review_opened"
    public var orderID: String
    public var merchantID: String
    /// 1 for the first review, higher after a reopen.
    public var round: Int
    public var reasons: [RiskReason]
    public var openedAt: Date
}

/// A reviewer approved the order. `releasesOrder` is true when the hold had already ended (R4, R5).
public struct FraudReviewApproved: EventPayload, Hashable {
    public static let eventType = "fraud.review_approved"
    public var orderID: String
    public var merchantID: String
    public var round: Int
    public var reviewer: String
    public var approvedAt: Date
    /// True when approval came after the hold ended, so the order is released now.
    public var releasesOrder: Bool
}

/// A reviewer rejected the order: cancel it, void the payment, give the stock back (R4).
public struct FraudReviewRejected: EventPayload, Hashable {
    public static let eventType = "fraud.review_rejected"
    public var orderID: String
    public var merchantID: String
    public var round: Int
    public var reviewer: String
    public var reason: String
    public var rejectedAt: Date
}
