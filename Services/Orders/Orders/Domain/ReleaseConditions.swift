import Contracts
import Foundation

/// R5's release rule as data: one flag per fact, set by whichever input brings it, in any order.
///
/// An order is released when stock is reserved, payment is authorised, the fraud hold is over and no review
/// is pending. While it waits, the same facts decide what the customer and merchant see: `under_review` while
/// a review is pending, else `held` once the payment is authorised, else `placed` (waiting for payment).
public struct ReleaseConditions: Sendable, Equatable, Codable {
    /// Inventory reserved the units; true from placement, which reserves synchronously (docs/architecture.md §2).
    public internal(set) var stockReserved: Bool
    /// Payments authorised the customer's payment (R3).
    public internal(set) var paymentAuthorised = false
    /// When Fraud Hold's timer ends the hold, once it has said so (R4); shown to the customer as "cancel until".
    public internal(set) var holdUntil: Date?
    /// Fraud Hold reported the end of the hold (R4).
    public internal(set) var holdOver = false
    /// Where the fraud review stands (R4).
    public internal(set) var review = ReviewState.notOpened
    /// The risk rules' reasons for the latest review, e.g. `velocity_per_card`.
    public internal(set) var reviewReasons: [String] = []
    /// The domain time of the latest review fact (opened or decided). A review fact older than this is a
    /// redelivery from an earlier round and changes nothing.
    public internal(set) var reviewUpdatedAt: Date?

    /// The conditions not yet met, in R5's order; empty means the order may be released.
    public var unmet: [ReleaseCondition] {
        var unmet: [ReleaseCondition] = []
        if !stockReserved { unmet.append(.stockReserved) }
        if !paymentAuthorised { unmet.append(.paymentAuthorised) }
        if !holdOver { unmet.append(.holdOver) }
        if review == .pending { unmet.append(.noReviewPending) }
        return unmet
    }

    /// The status these facts imply for an order that has not ended: `released` once nothing is unmet.
    var impliedStatus: OrderStatus {
        if unmet.isEmpty { return .released }
        if review == .pending { return .underReview }
        return paymentAuthorised ? .held : .placed
    }
}
