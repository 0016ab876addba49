import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// Giving the customer's money back (R4, R6, R15): a hold not yet captured is voided, captured money is refunded.
extension PaymentDesk {
    /// R4, R15: `order.cancelled`, during the hold or by the merchant after release. An unknown order has
    /// nothing to give back.
    func cancel(_ orderID: OrderID, at now: Date, causation: String?, in db: Database) throws {
        guard let authorisation = try AuthorisationRecords.find(orderID, in: db) else { return }
        try giveBack(authorisation, at: now, causation: causation, in: db)
    }

    /// R6, R15: `order.refunded`, after release. The order was released, so an unknown one is an error.
    func refund(_ orderID: OrderID, at now: Date, causation: String?, in db: Database) throws {
        guard let authorisation = try AuthorisationRecords.find(orderID, in: db) else {
            throw PaymentsHandlingError.unknownOrder(orderID, eventType: OrderRefunded.eventType)
        }
        try giveBack(authorisation, at: now, causation: causation, in: db)
    }

    /// Voids a pending or authorised payment (a pending one stops retrying), refunds a captured one, and leaves
    /// a declined, voided or refunded one as it is: a fact is published only when the state changes.
    private func giveBack(
        _ authorisation: Authorisation, at now: Date, causation: String?, in db: Database
    ) throws {
        var authorisation = authorisation
        let correlation = authorisation.orderID.rawValue
        switch authorisation.state {
        case .pending, .authorised:
            let loaded = try GatewayMemoryRecords.load(hold: authorisation.authorisationID, in: db)
            var gateway = loaded
            let fact = try authorisation.void(using: &gateway, at: now)
            try DurableTimers.cancel(id: Self.retryTimerID(authorisation.orderID), in: db)
            try GatewayMemoryRecords.save(gateway, since: loaded, in: db)
            try AuthorisationRecords.update(authorisation, in: db)
            try outbox.append(fact, at: fact.voidedAt, correlation: correlation, causation: causation, in: db)
        case .captured:
            let loaded = try GatewayMemoryRecords.load(hold: authorisation.authorisationID, in: db)
            var gateway = loaded
            let fact = try authorisation.refund(using: &gateway, at: now)
            try GatewayMemoryRecords.save(gateway, since: loaded, in: db)
            try AuthorisationRecords.update(authorisation, in: db)
            try outbox.append(fact, at: fact.refundedAt, correlation: correlation, causation: causation, in: db)
        case .declined, .voided, .refunded:
            return
        }
    }
}
