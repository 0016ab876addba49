import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// Applies the payment inputs inside the caller's transaction and appends the facts they cause to the outbox
/// (R3, R5, R15): placement authorises, a retry timer tries again, a release captures, and a cancel or refund
/// gives the money back (`PaymentDesk+Refunds.swift`).
///
/// Every input is idempotent: a redelivered fact finds the authorisation already moved and publishes nothing,
/// so a fact is published exactly when the authorisation's state changed.
struct PaymentDesk: Sendable {
    /// The kind of the durable timer that retries an authorisation after a transient failure (R3).
    static let retryTimerKind = "authorise-retry"

    let outbox: Outbox
    let retryPolicy: RetryPolicy

    /// The retry timer's id for `orderID`: one per order, so scheduling again moves it.
    static func retryTimerID(_ orderID: OrderID) -> String { "\(retryTimerKind):\(orderID.rawValue)" }

    /// R3: creates the order's authorisation and asks the gateway. A missing, empty or raw-number token is
    /// declined `invalid_card` at once. A redelivered `order.placed` changes nothing.
    func place(_ placed: OrderPlaced, at now: Date, causation: String?, in db: Database) throws {
        guard try AuthorisationRecords.find(placed.orderID, in: db) == nil else { return }
        var authorisation = Authorisation.placed(
            orderID: placed.orderID, amount: placed.total, paymentToken: placed.paymentToken, at: now)
        try attempt(&authorisation, at: now, isNew: true, causation: causation, in: db)
    }

    /// R3: a retry timer fired: tries again at the domain's next attempt time, in the timer's transaction.
    /// Nothing happens if the authorisation is no longer pending.
    func retry(_ timer: DurableTimer, in db: Database) throws {
        let orderID = OrderID(rawValue: String(decoding: timer.payload, as: UTF8.self))
        guard var authorisation = try AuthorisationRecords.find(orderID, in: db), authorisation.state == .pending else {
            return
        }
        let due = authorisation.nextAttemptAt ?? timer.due
        try attempt(&authorisation, at: due, isNew: false, causation: nil, in: db)
    }

    /// R5: captures the authorised amount at release. A redelivery changes nothing.
    func release(_ orderID: OrderID, at now: Date, causation: String?, in db: Database) throws {
        guard var authorisation = try AuthorisationRecords.find(orderID, in: db) else {
            throw PaymentsHandlingError.unknownOrder(orderID, eventType: OrderReleased.eventType)
        }
        let before = authorisation.state
        let loaded = try GatewayMemoryRecords.load(hold: authorisation.authorisationID, in: db)
        var gateway = loaded
        let fact = try authorisation.capture(authorisation.amount, using: &gateway, at: now)
        guard before != authorisation.state else { return }
        try GatewayMemoryRecords.save(gateway, since: loaded, in: db)
        try AuthorisationRecords.update(authorisation, in: db)
        try outbox.append(fact, at: fact.capturedAt, correlation: orderID.rawValue, causation: causation, in: db)
    }

    /// One gateway attempt (none for an authorisation declined at placement), saved with the gateway's memory;
    /// publishes the final answer or schedules the retry.
    private func attempt(
        _ authorisation: inout Authorisation, at now: Date, isNew: Bool, causation: String?, in db: Database
    ) throws {
        let loaded = try GatewayMemoryRecords.load(key: authorisation.idempotencyKey, in: db)
        var gateway = loaded
        let result = authorisation.authorise(using: &gateway, at: now, retryPolicy: retryPolicy)
        try GatewayMemoryRecords.save(gateway, since: loaded, in: db)
        if isNew {
            try AuthorisationRecords.insert(authorisation, in: db)
        } else {
            try AuthorisationRecords.update(authorisation, in: db)
        }
        let correlation = authorisation.orderID.rawValue
        switch result {
        case .authorised(let fact):
            try outbox.append(fact, at: fact.authorisedAt, correlation: correlation, causation: causation, in: db)
        case .declined(let fact):
            try outbox.append(fact, at: fact.declinedAt, correlation: correlation, causation: causation, in: db)
        case .retryScheduled(let due, _):
            let timer = DurableTimer(
                id: Self.retryTimerID(authorisation.orderID), kind: Self.retryTimerKind, due: due,
                payload: Data(correlation.utf8))
            try DurableTimers.schedule(timer, in: db)
        case .voided:
            break
        }
    }
}
