import Contracts
import Foundation

/// The facts that move a released order on to its supplier and out of the door, or back to the customer's
/// money (R6, R7, R15). Each is idempotent like the earlier inputs: a repeated fact returns no event.
extension Order {
    /// R6: a purchase order of the order reached a supplier. The first one moves `released` to `dispatched`, and so
    /// does a retry's (`dispatch retry`) that finds a supplier after every one had failed (`dispatch_exhausted`);
    /// a backup supplier's purchase order (after a failover) changes no status.
    /// - Parameter attempt: the purchase order's number among the order's purchase orders (1 for the first). In
    ///   `dispatch_exhausted`, a purchase order numbered within the exhausted attempts is one of those that failed,
    ///   an older fact: it changes nothing.
    public mutating func purchaseOrderSent(
        _ purchaseOrderID: PurchaseOrderID, attempt: Int, supplierID: SupplierID, at: Date
    ) throws(OrderError) -> [OrderEvent] {
        switch status {
        case .released:
            break
        case .dispatchExhausted:
            guard attempt > exhaustedAttempts else { return [] }
        case .dispatched, .shipped, .confirmedFulfilled, .delivered, .cancelled, .refunded: return []
        default: throw .invalidTransition(id, from: status, to: .dispatched)
        }
        enter(.dispatched, at: at, cause: .purchaseOrderSent)
        return [
            .dispatched(
                OrderDispatched(orderID: id, supplierID: supplierID, purchaseOrderID: purchaseOrderID, at: at))
        ]
    }

    /// R7, R9: the supplier shipped. The order is `shipped` and the customer is told the tracking number. The
    /// carrier's scans may have overtaken this fact (`confirmed_fulfilled`, `delivered`): it changes nothing then.
    /// After R8's refund (the supplier shipped before Dispatch saw it) the shipment is only noted on the timeline.
    public mutating func supplierShipped(
        supplierID: SupplierID, carrier: String, trackingNumber: String, at: Date
    ) throws(OrderError) -> [OrderEvent] {
        switch status {
        case .released, .dispatched, .dispatchExhausted:
            enter(.shipped, at: at, cause: .supplierShipped)
            return [
                .shipped(
                    OrderShipped(
                        orderID: id, supplierID: supplierID, carrier: carrier, trackingNumber: trackingNumber, at: at))
            ]
        case .shipped, .confirmedFulfilled, .delivered: return []
        case .refunded where timeline.last(where: \.isStatusChange)?.cause == .lateFulfillment:
            note(
                "the supplier shipped (\(carrier) \(trackingNumber)) after the order was refunded",
                cause: .supplierShipped, at: at)
            return []
        default: throw .invalidTransition(id, from: status, to: .shipped)
        }
    }

    /// R6: every supplier failed and none shipped by the refund time: the order is `refunded`; its event asks
    /// for the units back (no purchase order holds them: every one failed), the payment back and a message to the
    /// customer.
    public mutating func dispatchAbandoned(at: Date) throws(OrderError) -> [OrderEvent] {
        switch status {
        case .released, .dispatched, .dispatchExhausted:
            enter(.refunded, at: at, cause: .dispatchAbandoned)
            return [.refunded(OrderRefunded(orderID: id, cause: .dispatchAbandoned, at: at))]
        case .refunded, .cancelled: return []
        default: throw .invalidTransition(id, from: status, to: .refunded)
        }
    }

    /// R6: every supplier tried for the order failed, `attempts` of them: the order is `dispatch_exhausted` and the
    /// merchant must be told; it is refunded at `refundAt` unless it is dispatched again. The fact comes once per
    /// exhaustion: from `released` (no purchase order ever reached a supplier) it is always new; from `dispatched`
    /// (after a retry) it is new when it lists more failures than the last one, else it is a redelivery; in
    /// `dispatch_exhausted` it is a redelivery too, unless it lists more failures: that one is told again, with no
    /// status change. Once the order has shipped or ended it changes nothing.
    /// - Throws: `neverReleased` for an order that never reached Dispatch.
    public mutating func dispatchExhausted(
        attempts: [DispatchAttempt], refundAt: Date, at: Date
    ) throws(OrderError) -> [OrderEvent] {
        switch status {
        case .released:
            enter(.dispatchExhausted, at: at, cause: .dispatchExhausted)
        case .dispatched:
            guard attempts.count > exhaustedAttempts else { return [] }
            enter(.dispatchExhausted, at: at, cause: .dispatchExhausted)
        case .dispatchExhausted:
            guard attempts.count > exhaustedAttempts else { return [] }
        case .shipped, .confirmedFulfilled, .delivered, .cancelled, .refunded: return []
        default: throw .neverReleased(id, status)
        }
        exhaustedAttempts = attempts.count
        return [
            .dispatchExhausted(
                OrderDispatchExhausted(
                    orderID: id, merchantID: merchantID, attempts: attempts, refundAt: refundAt, at: at))
        ]
    }

    /// R15: the merchant cancels a released order that has not shipped (`released`, `dispatched` or
    /// `dispatch_exhausted`). It is `cancelled`; Dispatch withdraws its purchase order, and the event asks for the
    /// stock back (units not yet handed to a purchase order; the others come back with the supplier's next stock
    /// report), the payment back and a message to the customer.
    /// Cancelling a cancelled order changes nothing.
    /// - Throws: `notCancellable` before release (the customer cancels then) and once shipped or ended.
    public mutating func cancelByMerchant(at: Date) throws(OrderError) -> [OrderEvent] {
        guard status != .cancelled else { return [] }
        guard status.isUnfulfilled else { throw .notCancellable(id, status) }
        enter(.cancelled, at: at, cause: .merchantCancelled)
        return [.cancelled(OrderCancelled(orderID: id, cause: .merchantCancelled, at: at))]
    }
}
