import Contracts
import Foundation
import GRDB
import Streams

/// Applies an input to an order inside the caller's transaction, with everything that follows from the facts
/// the domain returns: the order and its new timeline entries saved, each fact appended to the `orders` stream,
/// a released order queued for its merchant (R5), and the notifications (R1, R3–R11, R15), the tracking facts'
/// notices among them. `follow` is the one place the orders service sends its notifications from.
///
/// A redelivered or late input returns no fact (the domain is idempotent), so it publishes and mails nothing.
struct OrderDesk: Sendable {
    let outbox: Outbox
    let mails: OrderMails

    /// R1, R2: stores the order a validated placement makes, once Inventory reserved its stock, with its timeline,
    /// and follows its `order.placed`.
    func place(
        _ request: PlacementRequest, id: OrderID, merchantID: MerchantID, unitPrice: Money, at time: Date,
        in db: Database
    ) throws -> Order {
        let placed = try Order.place(
            id: id, merchantID: merchantID, listingID: request.listingID, sku: request.sku, quantity: request.quantity,
            unitPrice: unitPrice, customerName: request.customer.name, customerEmail: request.customer.email,
            shippingAddress: request.shippingAddress, paymentToken: request.paymentToken, at: time)
        try OrderRecords.insert(placed.order, in: db)
        try follow(OrderOutcome(events: placed.events), of: placed.order, causation: nil, in: db)
        return placed.order
    }

    /// Loads the order, applies `input`, saves it and follows its facts.
    /// - Throws: `OrdersHandlingError.unknownOrder` for an id never placed here, or what `input` throws; the
    ///   caller's transaction then rolls back.
    @discardableResult
    func apply(
        _ id: OrderID, causation: String?, in db: Database, _ input: (inout Order) throws -> [OrderEvent]
    ) throws -> (order: Order, events: [OrderEvent]) {
        let (order, outcome) = try apply(id, causation: causation, in: db) { order in
            OrderOutcome(events: try input(&order))
        }
        return (order, outcome.events)
    }

    /// Loads the order, applies a tracking fact's `input`, saves the order (a note on its timeline too) and follows
    /// its facts and notices (R8, R10, R11).
    /// - Throws: as the other `apply`.
    @discardableResult
    func apply(
        _ id: OrderID, causation: String?, in db: Database, _ input: (inout Order) throws -> OrderOutcome
    ) throws -> (order: Order, outcome: OrderOutcome) {
        guard var order = try OrderRecords.find(id, in: db) else { throw OrdersHandlingError.unknownOrder(id) }
        let before = order
        let outcome = try input(&order)
        if order != before {
            if before.status.isUnfulfilled && !order.status.isUnfulfilled {
                try UnfulfilledOrderRecords.remove(order.id, in: db)
            }
            try OrderRecords.update(order, in: db)
            try follow(outcome, of: order, causation: causation, in: db)
        }
        return (order, outcome)
    }

    /// Publishes the outcome's events (facts about `order`, as it is after them) and does what each asks of this
    /// service: queues a released order for its merchant, and queues every notification, the notices' too.
    private func follow(_ outcome: OrderOutcome, of order: Order, causation: String?, in db: Database) throws {
        guard outcome != .none else { return }
        // The catalogue is read once, and only when a mail needs it.
        var catalog: (listing: CatalogListing?, merchant: MerchantRecord?)?
        func lookUp() throws -> (listing: CatalogListing?, merchant: MerchantRecord?) {
            if let catalog { return catalog }
            let found = (
                try CatalogRecords.listing(order.listingID, in: db),
                try CatalogRecords.merchant(order.merchantID, in: db)
            )
            catalog = found
            return found
        }
        for event in outcome.events {
            try publish(event.payload, at: event.at, orderID: order.id, causation: causation, in: db)
            switch event {
            case .placed:
                let (listing, merchant) = try lookUp()
                try mails.confirmation(of: order, listing: listing, merchant: merchant, in: db)
            case .underReview(let fact, let review):
                let (listing, merchant) = try lookUp()
                try mails.underReview(
                    order, round: review.number, reasons: review.reasons, at: fact.at, listing: listing,
                    merchant: merchant, in: db)
            case .released(let released):
                if try UnfulfilledOrderRecords.insert(released.unfulfilled, in: db) {
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
            case .dispatchExhausted(let exhausted):
                let (listing, merchant) = try lookUp()
                try mails.dispatchExhausted(order, exhausted, listing: listing, merchant: merchant, in: db)
            case .shipped(let shipped):
                let (listing, merchant) = try lookUp()
                try mails.shipped(order, shipped, listing: listing, merchant: merchant, in: db)
            case .refunded(let refunded):
                let (listing, merchant) = try lookUp()
                try mails.refund(
                    of: order, cause: refunded.cause, at: refunded.at, listing: listing, merchant: merchant, in: db)
            case .confirmedFulfilled(let confirmed):
                let (listing, merchant) = try lookUp()
                try mails.confirmedShipped(order, confirmed, listing: listing, merchant: merchant, in: db)
            case .delivered(let delivered) where delivered.followUps.contains(.notifyCustomer):
                let (listing, merchant) = try lookUp()
                try mails.delivered(order, at: delivered.at, listing: listing, merchant: merchant, in: db)
            case .awaitingPayment, .held, .dispatched, .delivered, .deliveryConfirmed:
                break
            }
        }
        for notice in outcome.notices {
            let (listing, merchant) = try lookUp()
            switch notice {
            case .scan(let scan, let number):
                try mails.scanUpdate(order, scan, number: number, listing: listing, merchant: merchant, in: db)
            case .stalled(let stall, let number):
                try mails.stalled(order, stall, number: number, listing: listing, merchant: merchant, in: db)
            case .infraction(let infraction, let refunded):
                try mails.infraction(
                    order, infraction, refunded: refunded, listing: listing, merchant: merchant, in: db)
            }
        }
    }

    private func publish<Payload: EventPayload>(
        _ payload: Payload, at time: Date, orderID: OrderID, causation: String?, in db: Database
    ) throws {
        try outbox.append(payload, at: time, correlation: orderID.rawValue, causation: causation, in: db)
    }
}
