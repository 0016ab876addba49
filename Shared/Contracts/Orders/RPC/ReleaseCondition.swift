/// One of the facts R5 waits for before an order is released.
public enum ReleaseCondition: String, Sendable, Codable, CaseIterable {
    case stockReserved = "stock_reserved"
    case paymentAuthorised = "payment_authorised"
    case holdOver = "hold_over"
    case noReviewPending = "no_review_pending"
}
