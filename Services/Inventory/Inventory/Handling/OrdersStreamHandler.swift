import Contracts
import GRDB
import Streams

/// Applies the `orders` stream to reservations (docs/architecture.md §2), inside the subscription's transaction.
///
/// - `order.placed`: the reservation becomes firm; its expiry timer is cancelled.
/// - `order.declined`, `order.cancelled` with the `return_stock` follow-up: the reservation is released
///   (`declined`; `rejected` for a review rejection, else `cancelled`). A merchant's cancellation after the units
///   went to a purchase order leaves them sold: the supplier's next stock report gives them back.
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
                // R15, R16: the units went to a purchase order that Dispatch now withdraws; they come back with the
                // supplier's next stock report, which counts the units no purchase order claims.
            }
        default:
            return
        }
    }
}
