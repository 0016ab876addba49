/// Parameters of `fraud.reject` (the reason for the rejection) and `fraud.reopen` (why the order needs another
/// look) (R4).
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
