import Contracts
import Foundation
import Orders

/// Every input a released order accepts (R6, R7, R15): Dispatch's facts from the order's partition stream and the
/// merchant's cancellation, so that tables can list sequences of them.
enum DispatchInput: Hashable, Sendable, CustomStringConvertible {
    /// The purchase order numbered `attempt` (1 for the first) reached its supplier.
    case sent(attempt: Int)
    /// Every supplier failed: the first `failures` purchase orders, each rejected.
    case exhausted(failures: Int)
    /// The supplier shipped.
    case shipped
    /// The refund time of an exhausted dispatch came (R6).
    case abandoned
    /// The merchant cancels (R15).
    case merchantCancels

    static let refundAt = OrderFixture.t(600 + 72 * 60)

    /// `count` suppliers that each rejected their purchase order, `sup_1` first.
    static func attempts(_ count: Int) -> [DispatchAttempt] {
        (0..<count).map { DispatchAttempt(supplierID: SupplierID(rawValue: "sup_\($0 + 1)"), failure: .rejected) }
    }

    /// Applies the input at domain time `at`.
    func apply(to order: inout Order, at: Date) throws(OrderError) -> [OrderEvent] {
        switch self {
        case .sent(let attempt):
            try order.purchaseOrderSent(
                DispatchPartitioning.purchaseOrderID(order: order.id, attempt: attempt), attempt: attempt,
                supplierID: SupplierID(rawValue: "sup_\(attempt)"), at: at)
        case .exhausted(let failures):
            try order.dispatchExhausted(attempts: Self.attempts(failures), refundAt: Self.refundAt, at: at)
        case .shipped:
            try order.supplierShipped(supplierID: "sup_1", carrier: "UPS", trackingNumber: "1Z999", at: at)
        case .abandoned: try order.dispatchAbandoned(at: at)
        case .merchantCancels: try order.cancelByMerchant(at: at)
        }
    }

    var description: String {
        switch self {
        case .sent(let attempt): "sent #\(attempt)"
        case .exhausted(let failures): "exhausted after \(failures)"
        case .shipped: "shipped"
        case .abandoned: "abandoned"
        case .merchantCancels: "merchant cancels"
        }
    }
}
