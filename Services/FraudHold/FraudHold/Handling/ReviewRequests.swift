import Contracts

/// `fraud.queue`: the open review cases, of one merchant when `merchantID` is given (R4).
public struct ReviewQueueRequest: Codable, Sendable, Hashable {
    public var merchantID: MerchantID?

    public init(merchantID: MerchantID? = nil) {
        self.merchantID = merchantID
    }
}

/// The result of `fraud.queue`: open cases oldest first, each with its reasons.
public struct ReviewQueueResult: Codable, Sendable, Hashable {
    public var entries: [ReviewQueue.Entry]

    public init(entries: [ReviewQueue.Entry]) {
        self.entries = entries
    }
}

/// `fraud.show`: one order's hold.
public struct ShowHoldRequest: Codable, Sendable, Hashable {
    public var orderID: OrderID

    public init(orderID: OrderID) {
        self.orderID = orderID
    }
}

/// `fraud.approve`: the reviewer approves the order's open review.
public struct ApproveReviewRequest: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var reviewer: String

    public init(orderID: OrderID, reviewer: String) {
        self.orderID = orderID
        self.reviewer = reviewer
    }
}

/// `fraud.reject` (the reason for the rejection) and `fraud.reopen` (why the order needs another look).
public struct ReasonedReviewRequest: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var reviewer: String
    public var reason: String

    public init(orderID: OrderID, reviewer: String, reason: String) {
        self.orderID = orderID
        self.reviewer = reviewer
        self.reason = reason
    }
}
