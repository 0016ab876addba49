import Contracts
import GRDB
import Streams

/// Applies the `fraud-hold` stream (R4, R5): the hold's start and end, and reviews opened (the merchant is told
/// of each round), approved or rejected. Other fraud events are ignored.
public struct FraudHoldStreamHandler: StreamHandler {
    let desk: OrderDesk

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        switch event.type {
        case FraudHoldStarted.eventType:
            let envelope = try event.decode(FraudHoldStarted.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                order.holdStarted(until: envelope.data.holdEnds)
                return []
            }
        case FraudHoldEnded.eventType:
            let envelope = try event.decode(FraudHoldEnded.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                order.holdEnded(at: envelope.data.endedAt)
            }
        case FraudReviewOpened.eventType:
            let envelope = try event.decode(FraudReviewOpened.self)
            let fact = envelope.data
            try desk.apply(fact.orderID, causation: envelope.id, in: db) { order in
                try order.reviewOpened(ReviewRound(number: fact.round, reasons: fact.reasons), at: fact.openedAt)
            }
        case FraudReviewApproved.eventType:
            let envelope = try event.decode(FraudReviewApproved.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.reviewApproved(at: envelope.data.approvedAt)
            }
        case FraudReviewRejected.eventType:
            let envelope = try event.decode(FraudReviewRejected.self)
            try desk.apply(envelope.data.orderID, causation: envelope.id, in: db) { order in
                try order.reviewRejected(at: envelope.data.rejectedAt)
            }
        default:
            return
        }
    }
}
