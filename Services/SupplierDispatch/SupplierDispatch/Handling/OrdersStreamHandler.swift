import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// Applies the `orders` stream to the partition's jobs (R6, R15), for the orders this partition owns only:
/// `order.released` starts a dispatch (parked until the listing reaches the projection), `order.cancelled` after
/// release and `order.refunded` (R8: not shipped within 5 days) withdraw the open purchase order. A release beyond the bounds dispatch computes with is dead-lettered
/// with its faults (`UnfulfilledOrder.boundFaults`). Other types, and other partitions' orders, are skipped.
public struct OrdersStreamHandler: StreamHandler {
    let desk: JobDesk
    let clock: DomainClock
    let owns: @Sendable (OrderID) -> Bool

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case OrderReleased.eventType:
            let envelope = try event.decode(OrderReleased.self)
            let order = envelope.data.unfulfilled
            guard owns(order.orderID) else { return }
            let faults = order.boundFaults
            guard faults.isEmpty else { throw DispatchHandlingError.orderOutOfBounds(order.orderID, faults) }
            guard let listing = try CatalogueRecords.listing(order.listingID, in: db) else {
                try ParkedReleaseRecords.park(order, in: db)
                return
            }
            try desk.start(order, listing: listing, causation: envelope.id, at: try now(envelope.at, db), in: db)
        case OrderCancelled.eventType:
            let envelope = try event.decode(OrderCancelled.self)
            try stop(envelope.data.orderID, causation: envelope.id, at: envelope.at, in: db)
        case OrderRefunded.eventType:
            let envelope = try event.decode(OrderRefunded.self)
            try stop(envelope.data.orderID, causation: envelope.id, at: envelope.at, in: db)
        default:
            return
        }
    }

    /// R8, R15: the order was cancelled or refunded before it shipped: a parked release is dropped, and the job's
    /// open purchase order is withdrawn at the supplier (`DispatchJob.orderCancelled`). A job already shipped, settled
    /// or abandoned (R6's refund follows its abandonment) is left as it is.
    private func stop(_ orderID: OrderID, causation: String, at eventTime: Date, in db: Database) throws {
        guard owns(orderID) else { return }
        if try ParkedReleaseRecords.isParked(orderID, in: db) {
            try ParkedReleaseRecords.unpark(order: orderID, in: db)
            return
        }
        guard try DispatchJobRecords.job(orderID, in: db) != nil else { return }  // cancelled before release
        try desk.change(orderID, causation: causation, at: try now(eventTime, db), in: db) { job in
            job.orderCancelled(at: try now(eventTime, db))
        }
    }

    /// The later of the event's time and the partition's clock (a partition that was down catches up at its own
    /// time), rounded to the millisecond as on the bus.
    private func now(_ eventTime: Date, _ db: Database) throws -> Date {
        DomainTime.rounded(max(eventTime, try clock.now(in: db)))
    }
}
