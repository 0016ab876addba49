import Foundation

/// R5's release conditions of one order as `orders.show` reports them: one flag per fact, whichever arrived.
public struct ReleaseConditionsView: Sendable, Equatable, Codable {
    /// Inventory reserved the units (true from placement, which reserves synchronously).
    public var stockReserved: Bool
    /// Payments authorised the customer's payment (R3).
    public var paymentAuthorised: Bool
    /// When Fraud Hold's timer ends the hold, once it has said so (R4).
    public var holdUntil: Date?
    /// Fraud Hold reported the end of the hold (R4).
    public var holdOver: Bool
    /// Where the fraud review stands (R4).
    public var review: ReviewState
    /// The risk rules' reasons for the latest review, e.g. `velocity_per_card`.
    public var reviewReasons: [String]
    /// The domain time of the latest review fact (opened or decided).
    public var reviewUpdatedAt: Date?

    public init(
        stockReserved: Bool, paymentAuthorised: Bool, holdUntil: Date? = nil, holdOver: Bool, review: ReviewState,
        reviewReasons: [String] = [], reviewUpdatedAt: Date? = nil
    ) {
        self.stockReserved = stockReserved
        self.paymentAuthorised = paymentAuthorised
        self.holdUntil = holdUntil
        self.holdOver = holdOver
        self.review = review
        self.reviewReasons = reviewReasons
        self.reviewUpdatedAt = reviewUpdatedAt
    }
}
