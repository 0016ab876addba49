import Contracts
import GRDB
import Streams

/// Applies the `fraud-hold` stream (R4, R5): the hold's start and end, and reviews opened, approved or rejected.
/// An opened review also tells the merchant ("Orders Under Review"); other fraud events are ignored.
public struct FraudHoldHandler: StreamHandler {
    let transitions: OrderTransitions
    let mails: OrderMails

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case FraudHoldStarted.eventType:
            let envelope = try event.decode(FraudHoldStarted.self)
            try transitions.change(envelope.data.orderID, causation: envelope.id, in: db) { order in
                order.holdStarted(until: envelope.data.holdEnds)
                return []
            }
        case FraudHoldEnded.eventType:
            let envelope = try event.decode(FraudHoldEnded.self)
            try transitions.change(envelope.data.orderID, causation: envelope.id, in: db) { order in
                order.holdEnded(at: envelope.data.endedAt)
            }
        case FraudReviewOpened.eventType:
            try reviewOpened(event.decode(FraudReviewOpened.self), in: db)
        case FraudReviewApproved.eventType:
            let envelope = try event.decode(FraudReviewApproved.self)
            try transitions.change(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.reviewApproved(at: envelope.data.approvedAt)
            }
        case FraudReviewRejected.eventType:
            let envelope = try event.decode(FraudReviewRejected.self)
            try transitions.change(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.reviewRejected(at: envelope.data.rejectedAt)
            }
        default:
            return
        }
    }

    /// The order goes `under_review`; the merchant is told once per review round.
    private func reviewOpened(_ envelope: Envelope<FraudReviewOpened>, in db: Database) throws {
        let fact = envelope.data
        let (order, events) = try transitions.change(fact.orderID, causation: envelope.id, in: db) { order in
            try order.reviewOpened(reasons: fact.reasons.map(\.ruleID), at: fact.openedAt)
        }
        guard events.contains(where: { if case .underReview = $0 { true } else { false } }) else { return }
        try mails.underReview(
            order, round: fact.round, reasons: fact.reasons, at: fact.openedAt,
            listing: try CatalogProjection.listing(order.listingID, in: db),
            merchant: try CatalogProjection.merchant(order.merchantID, in: db), in: db)
    }
}
