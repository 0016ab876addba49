import Contracts
import Foundation

/// The facts that move a released order on to its supplier and out of the door, or back to the customer's
/// money (R6, R7, R15). Each is idempotent like the earlier inputs: a repeated fact returns no event.
extension Order {
    /// R6: a purchase order of the order reached a supplier. The first one moves `released` to `dispatched`;
    /// a backup supplier's purchase order (after a failover) changes no status.
    public mutating func purchaseOrderSent(
        _ purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, at: Date
    ) throws(OrderError) -> [OrderEvent] {
        switch status {
        case .released:
            enter(.dispatched, at: at, cause: .purchaseOrderSent)
            return [
                .dispatched(
                    OrderDispatched(orderID: id, supplierID: supplierID, purchaseOrderID: purchaseOrderID, at: at))
            ]
        case .dispatched, .shipped, .cancelled, .refunded: return []
        default: throw .invalidTransition(id, from: status, to: .dispatched)
        }
    }

    /// R7, R9: the supplier shipped. The order is `shipped` and the customer is told the tracking number.
    public mutating func supplierShipped(
        supplierID: SupplierID, carrier: String, trackingNumber: String, at: Date
    ) throws(OrderError) -> [OrderEvent] {
        switch status {
        case .released, .dispatched:
            enter(.shipped, at: at, cause: .supplierShipped)
            return [
                .shipped(
                    OrderShipped(
                        orderID: id, supplierID: supplierID, carrier: carrier, trackingNumber: trackingNumber, at: at))
            ]
        case .shipped: return []
        default: throw .invalidTransition(id, from: status, to: .shipped)
        }
    }

    /// R6: every supplier failed and none shipped by the refund time: the order is `refunded`; its event asks
    /// for the payment back and a message to the customer.
    public mutating func dispatchAbandoned(at: Date) throws(OrderError) -> [OrderEvent] {
        switch status {
        case .released, .dispatched:
            enter(.refunded, at: at, cause: .dispatchAbandoned)
            return [.refunded(OrderRefunded(orderID: id, cause: .dispatchAbandoned, at: at))]
        case .refunded, .cancelled: return []
        default: throw .invalidTransition(id, from: status, to: .refunded)
        }
    }

    /// R6: every supplier tried for the order failed, `attempts` of them: the merchant must be told, and the
    /// order is refunded at `refundAt` unless it is dispatched again. No status changes; the fact comes once per
    /// exhaustion (a report listing no more attempts than the last one is a redelivery), and not at all once
    /// the order has shipped or ended.
    /// - Throws: `neverReleased` for an order that never reached Dispatch.
    public mutating func dispatchExhausted(
        attempts: [DispatchAttempt], refundAt: Date, at: Date
    ) throws(OrderError) -> [OrderEvent] {
        switch status {
        case .released, .dispatched:
            guard attempts.count > exhaustedAttempts else { return [] }
            exhaustedAttempts = attempts.count
            return [
                .dispatchExhausted(
                    OrderDispatchExhausted(
                        orderID: id, merchantID: merchantID, attempts: attempts, refundAt: refundAt, at: at))
            ]
        case .shipped, .cancelled, .refunded: return []
        default: throw .neverReleased(id, status)
        }
    }

    /// R15: the merchant cancels a released order that has not shipped. It is `cancelled`; Dispatch withdraws
    /// its purchase order, and the event asks for the stock back (units not yet handed to a purchase order; the
    /// others come back with the supplier's next stock report), the payment back and a message to the customer.
    /// Cancelling a cancelled order changes nothing.
    /// - Throws: `notCancellable` before release (the customer cancels then) and once shipped or ended.
    public mutating func cancelByMerchant(at: Date) throws(OrderError) -> [OrderEvent] {
        guard status != .cancelled else { return [] }
        guard status == .released || status == .dispatched else { throw .notCancellable(id, status) }
        enter(.cancelled, at: at, cause: .merchantCancelled)
        return [.cancelled(OrderCancelled(orderID: id, cause: .merchantCancelled, at: at))]
    }
}
