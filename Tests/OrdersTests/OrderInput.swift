import Foundation
import Orders

/// Every input an order accepts, so that tables can list sequences of them.
enum OrderInput: String, CaseIterable, Sendable {
    case authorise, decline, holdStart, holdEnd, reviewOpen, reviewApprove, reviewReject, cancel

    /// Applies the input at domain time `at`; the hold is set to end 8 hours after placement.
    func apply(to order: inout Order, at: Date) throws(OrderError) -> [OrderEvent] {
        switch self {
        case .authorise: return order.paymentAuthorised(at: at)
        case .decline: return try order.paymentDeclined(reason: "insufficient_funds", at: at)
        case .holdStart:
            order.holdStarted(until: order.placedAt.addingTimeInterval(8 * 3600))
            return []
        case .holdEnd: return order.holdEnded(at: at)
        case .reviewOpen: return try order.reviewOpened(OrderFixture.review(["address_country_mismatch"]), at: at)
        case .reviewApprove: return try order.reviewApproved(at: at)
        case .reviewReject: return try order.reviewRejected(at: at)
        case .cancel: return try order.cancelByCustomer(at: at)
        }
    }
}
