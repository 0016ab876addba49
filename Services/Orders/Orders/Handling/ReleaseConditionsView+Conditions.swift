import Contracts

extension ReleaseConditionsView {
    /// The domain's release conditions as `orders.show` reports them.
    init(_ conditions: ReleaseConditions) {
        self.init(
            stockReserved: conditions.stockReserved, paymentAuthorised: conditions.paymentAuthorised,
            holdUntil: conditions.holdUntil, holdOver: conditions.holdOver, review: conditions.review,
            reviewReasons: conditions.reviewReasons, reviewUpdatedAt: conditions.reviewUpdatedAt)
    }
}
