import Contracts
import GRDB
import Streams

/// Applies the `orders` stream to reservations (docs/architecture.md §2), inside the subscription's transaction.
///
/// - `order.placed`: the reservation becomes firm; its expiry timer is cancelled.
/// - `order.declined`, `order.cancelled`, `order.refunded` with the `return_stock` follow-up: the reservation is
///   released (`declined`; `rejected` for a review rejection; `refunded`; else `cancelled`). Units that went to a
///   purchase order stay sold until no purchase order claims them: a merchant's cancellation (R15) or R8's refund
///   gets them back when the supplier confirms the cancellation (`purchase_order.cancelled` on the dispatch
///   stream), a refund after an abandoned dispatch (R6, every purchase order failed) or of an exhausted order (R8,
///   `hadNoOpenPurchaseOrder`) at once.
/// - Every other type (`order.released`: dispatch marks stock sold later) changes nothing.
///
/// Redeliveries are no-ops twice over: the checkpoint drops a `seq` already applied, and the domain ignores a
/// repeated fact (confirming a firm reservation, releasing a released one). A fact the domain refuses (an order
/// with no reservation here, `order.placed` after its expired units were taken) is dead-lettered with the reason.
struct OrdersStreamHandler: StreamHandler {
    let desk: ListingDesk

    func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case OrderPlaced.eventType:
            try desk.confirmReservation(of: event.decode(OrderPlaced.self).data, in: db)
        case OrderDeclined.eventType:
            let declined = try event.decode(OrderDeclined.self).data
            guard declined.followUps.contains(.returnStock) else { return }
            try desk.releaseReservation(of: declined.orderID, reason: .declined, in: db)
        case OrderCancelled.eventType:
            let cancelled = try event.decode(OrderCancelled.self).data
            guard cancelled.followUps.contains(.returnStock) else { return }
            do {
                try desk.releaseReservation(
                    of: cancelled.orderID, reason: cancelled.cause == .reviewRejected ? .rejected : .cancelled, in: db)
            } catch StockError.alreadySold where cancelled.cause == .merchantCancelled {
                // R15: the units went to a purchase order that Dispatch now withdraws; they come back when the
                // supplier confirms its cancellation (`purchase_order.cancelled`, DispatchStreamHandler).
            }
        case OrderRefunded.eventType:
            let refunded = try event.decode(OrderRefunded.self).data
            guard refunded.followUps.contains(.returnStock) else { return }
            do {
                try desk.releaseReservation(of: refunded.orderID, reason: .refunded, in: db)
            } catch StockError.alreadySold {
                // R6: after an abandoned dispatch every purchase order failed, so none claims the units: back now;
                // so too after R8's refund of an exhausted order (`hadNoOpenPurchaseOrder`).
                // R8: otherwise the open purchase order is being cancelled at the supplier; its units come back when
                // the supplier confirms (`purchase_order.cancelled`), and stay sold if it shipped anyway.
                guard refunded.cause == .dispatchAbandoned || refunded.hadNoOpenPurchaseOrder == true else { return }
                try desk.returnSold(of: refunded.orderID, reason: .refunded, in: db)
            }
        default:
            return
        }
    }
}
