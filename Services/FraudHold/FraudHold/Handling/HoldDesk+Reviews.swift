import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// The reviewers' inputs (R4): approve, reject and reopen an order's review, each in one transaction with
/// the fact it publishes. Refusals are `RPCFailure`s naming the field.
extension HoldDesk {
    /// Approves the open review; the order is released at once when the hold is already over.
    func approve(_ orderID: OrderID, by reviewer: String, in db: Database) throws -> FraudReviewApproved {
        try decide(orderID, in: db) { hold, now throws(FraudError) in try hold.approve(by: reviewer, at: now) }
    }

    /// Rejects the open review: Orders cancels the order, which gives the stock back and voids the payment.
    /// The hold's timer is cancelled, as a rejected order is never released.
    func reject(_ orderID: OrderID, by reviewer: String, reason: String, in db: Database) throws
        -> FraudReviewRejected
    {
        let rejected = try decide(orderID, in: db) { hold, now throws(FraudError) in
            try hold.reject(by: reviewer, reason: reason, at: now)
        }
        try DurableTimers.cancel(id: Self.timerID(orderID), in: db)
        return rejected
    }

    /// Pulls an approved order that is not yet released back into the queue: a new round whose reasons are
    /// the reviewer's, then the assessment's.
    func reopen(_ orderID: OrderID, by reviewer: String, reason: String, in db: Database) throws
        -> FraudReviewOpened
    {
        try decide(orderID, in: db) { hold, now throws(FraudError) in
            let manual = RiskReason(ruleID: "manual", weight: 0, explanation: "Reopened by \(reviewer): \(reason)")
            return try hold.reopen(reasons: [manual] + hold.assessment.reasons, at: now)
        }
    }

    /// The order's hold, or `not_found` on `orderID`.
    func existingHold(_ orderID: OrderID, in db: Database) throws -> FraudHold {
        if let hold = try HoldRecords.find(orderID, in: db) { return hold }
        let message =
            try PlacedOrderRecords.isKnown(orderID, in: db)
            ? "Order \(orderID) has no fraud hold: its payment was not authorised while the order was open."
            : "No order \(orderID) is known to the fraud hold."
        throw RPCFailure(code: "not_found", message: message, field: "orderID")
    }

    /// Applies a reviewer's input at the current domain time and publishes its fact, unless the input was a
    /// repeat, which returns the first fact and publishes nothing.
    private func decide<Fact: EventPayload>(
        _ orderID: OrderID, in db: Database, _ input: (inout FraudHold, Date) throws(FraudError) -> Fact
    ) throws -> Fact {
        let stored = try existingHold(orderID, in: db)
        let now = try clock.now(in: db)
        var hold = stored
        let fact: Fact
        do {
            fact = try input(&hold, now)
        } catch {
            throw error.rpcFailure
        }
        guard hold != stored else { return fact }
        try HoldRecords.update(hold, from: stored, in: db)
        try outbox.append(fact, at: now, correlation: orderID.rawValue, in: db)
        return fact
    }
}

extension FraudError {
    /// The refusal a caller sees: a missing text is `invalid_request` on its field, anything else a
    /// `conflict` on `orderID` with the domain's sentence.
    var rpcFailure: RPCFailure {
        guard case .missingField(_, let field) = self else {
            return RPCFailure(code: "conflict", message: description, field: "orderID")
        }
        return .invalidRequest(description, field: field == "reviewer" ? "reviewer" : "reason")
    }
}
