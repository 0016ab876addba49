import Contracts
import Foundation
import GRDB
import Streams

/// Applies an input to a stored order inside the caller's transaction, with everything that follows from the
/// facts the domain returns: the order and its new timeline entries saved, each fact appended to the `orders`
/// stream, a released order queued for its merchant (R5), and the customer's notices (R1, R3, R4, R15).
///
/// A redelivered or late input returns no fact (the domain is idempotent), so it publishes and mails nothing.
struct OrderTransitions: Sendable {
    let outbox: Outbox
    let mails: OrderMails

    /// Loads the order, applies `change`, saves it and follows up its facts.
    /// - Throws: `OrdersHandlingError.unknownOrder` for an id never placed here, or what `change` throws; the
    ///   caller's transaction then rolls back.
    @discardableResult
    func change(
        _ id: OrderID, causation: String?, in db: Database, _ change: (inout Order) throws -> [OrderEvent]
    ) throws -> (order: Order, events: [OrderEvent]) {
        guard var order = try OrderRecords.find(id, in: db) else { throw OrdersHandlingError.unknownOrder(id) }
        let before = order
        let events = try change(&order)
        if order != before {
            if before.status.isUnfulfilled && !order.status.isUnfulfilled {
                try UnfulfilledQueue.remove(order.id, in: db)
            }
            try OrderRecords.update(order, in: db)
            try follow(events, of: order, causation: causation, in: db)
        }
        return (order, events)
    }

    /// Publishes `events` (facts about `order`, as it is after them) and does what each asks of this service.
    func follow(_ events: [OrderEvent], of order: Order, causation: String?, in db: Database) throws {
        guard !events.isEmpty else { return }
        // The catalogue is read once, and only when a mail needs it.
        var catalog: (listing: CatalogListing?, merchant: MerchantRecord?)?
        func lookUp() throws -> (listing: CatalogListing?, merchant: MerchantRecord?) {
            if let catalog { return catalog }
            let found = (
                try CatalogProjection.listing(order.listingID, in: db),
                try CatalogProjection.merchant(order.merchantID, in: db)
            )
            catalog = found
            return found
        }
        for event in events {
            try publish(event.payload, at: event.at, orderID: order.id, causation: causation, in: db)
            switch event {
            case .placed:
                let (listing, merchant) = try lookUp()
                try mails.confirmation(of: order, listing: listing, merchant: merchant, in: db)
            case .released(let released):
                if try UnfulfilledQueue.insert(released.unfulfilled, in: db) {
                    let (listing, merchant) = try lookUp()
                    try mails.newTransaction(released.unfulfilled, listing: listing, merchant: merchant, in: db)
                }
            case .declined(let declined):
                let (listing, merchant) = try lookUp()
                try mails.decline(
                    of: order, reason: declined.reason, at: declined.at, listing: listing, merchant: merchant, in: db)
            case .cancelled(let cancelled):
                let (listing, merchant) = try lookUp()
                try mails.cancellation(
                    of: order, cause: cancelled.cause, at: cancelled.at, listing: listing, merchant: merchant, in: db)
            case .shipped(let shipped):
                let (listing, merchant) = try lookUp()
                try mails.shipped(order, shipped, listing: listing, merchant: merchant, in: db)
            case .refunded(let refunded):
                let (listing, merchant) = try lookUp()
                try mails.refund(of: order, at: refunded.at, listing: listing, merchant: merchant, in: db)
            case .awaitingPayment, .held, .underReview, .dispatched:
                break
            }
        }
    }

    private func publish<Payload: EventPayload>(
        _ payload: Payload, at time: Date, orderID: OrderID, causation: String?, in db: Database
    ) throws {
        try outbox.append(payload, at: time, correlation: orderID.rawValue, causation: causation, in: db)
    }
}

/// An event the orders service cannot apply: it is dead-lettered for a person to look at (ARCHITECTURE §3).
public enum OrdersHandlingError: Error, Equatable, CustomStringConvertible {
    /// A fact about an order this service never placed.
    case unknownOrder(OrderID)

    public var description: String {
        switch self {
        case .unknownOrder(let id): "Order \(id) was never placed here; the fact about it cannot be applied."
        }
    }
}
