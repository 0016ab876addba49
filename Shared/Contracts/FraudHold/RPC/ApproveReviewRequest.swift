/// Parameters of `fraud.approve`: the reviewer approves the order's open review (R4).
public struct ApproveReviewRequest: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var reviewer: String

    public init(orderID: OrderID, reviewer: String) {
        self.orderID = orderID
        self.reviewer = reviewer
    }
}
