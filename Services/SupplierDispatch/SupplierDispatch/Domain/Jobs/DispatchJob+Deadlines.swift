import Contracts
import Foundation

// R6, R7: timers, and the withdrawal of a purchase order whose supplier missed one.
extension DispatchJob {
    /// A timer the job scheduled is due at `now`.
    ///
    /// - `.acknowledge`, `.ship`: if the purchase order is still open and unacknowledged (resp. unshipped), it is
    ///   withdrawn: `.cancelAtSupplier` and state `withdrawing`, failing with `.notAcknowledged` (no acknowledgement
    ///   yet) or `.shipDeadlineMissed` once the supplier confirms (R7).
    /// - `.refund`: an `exhausted` job whose refund time has come is abandoned (`DispatchAbandoned`) (R6).
    ///
    /// A timer of a purchase order that has moved on, or of an earlier exhaustion, is stale: a no-op. A timer of
    /// the open purchase order that fires before its deadline throws `.deadlineNotReached`.
    public mutating func deadlinePassed(_ deadline: DispatchDeadline, at now: Date) throws(DispatchError)
        -> [DispatchEffect]
    {
        switch deadline {
        case .refund:
            guard case .exhausted(let refundAt) = state, now >= refundAt else { return [] }
            state = .abandoned
            return [.publish(.dispatchAbandoned(DispatchAbandoned(orderID: orderID, at: now)))]
        case .acknowledge(let id):
            _ = try existingPurchaseOrder(id)
            guard case .awaitingAcknowledgement(let open) = state, open.id == id else { return [] }
            try requireDue(deadline, open.acknowledgeBy, at: now)
            return withdraw(open, for: .notAcknowledged)
        case .ship(let id):
            _ = try existingPurchaseOrder(id)
            switch state {
            case .awaitingAcknowledgement(let open) where open.id == id,
                .awaitingShipment(let open) where open.id == id:
                try requireDue(deadline, open.shipBy, at: now)
                return withdraw(open, for: open.acknowledgedAt == nil ? .notAcknowledged : .shipDeadlineMissed)
            default:
                return []
            }
        }
    }

    /// The supplier answered the `.cancelAtSupplier` of purchase order `id`.
    ///
    /// - `withdrawing`: `.cancelled` closes it as failed (`PurchaseOrderFailed` with the deadline's failure,
    ///   scored) and asks for the next supplier; `.alreadyShipped` waits for its ship report (`awaitingLateShipment`,
    ///   and the shipment will count as late).
    /// - `cancelling` (R15): `.cancelled` settles the cancellation (`PurchaseOrderCancelled` when the purchase order
    ///   had been announced; state `cancelled`); `.alreadyShipped` waits for the ship report, whose cost the
    ///   merchant will bear.
    ///
    /// An answer for a closed purchase order, or a repeated one, is a no-op; an answer that contradicts the
    /// supplier's earlier one, or comes when no withdrawal was asked, throws `.notAllowed`.
    public mutating func withdrawalDelivered(
        _ id: PurchaseOrderID, outcome: WithdrawalOutcome, at now: Date
    ) throws(DispatchError) -> [DispatchEffect] {
        _ = try existingPurchaseOrder(id)
        guard var open = openPurchaseOrder(id) else { return [] }
        switch (state, outcome) {
        case (.withdrawing, .cancelled):
            guard let failure = open.withdrawnFor else {
                preconditionFailure("order \(orderID): purchase order \(id) withdrawn without a reason")
            }
            open.withdrawalAnswer = .cancelled
            return fail(open, failure, detail: nil, at: now)
        case (.withdrawing, .alreadyShipped):
            open.withdrawalAnswer = .alreadyShipped
            state = .awaitingLateShipment(open)
            return []
        case (.cancelling, .cancelled) where open.withdrawalAnswer != .alreadyShipped:
            open.withdrawalAnswer = .cancelled
            return confirmCancellation(open, at: now)
        case (.cancelling, .alreadyShipped):
            open.withdrawalAnswer = .alreadyShipped
            state = .cancelling(open)
            return []
        case (.awaitingLateShipment, .alreadyShipped):
            return []
        default:
            throw notAllowed(.answerWithdrawal)
        }
    }

    private mutating func withdraw(_ record: PurchaseOrderRecord, for failure: PurchaseOrderFailure)
        -> [DispatchEffect]
    {
        var record = record
        record.withdrawnFor = failure
        state = .withdrawing(record)
        return [.cancelAtSupplier(record.id, supplierID: record.supplierID)]
    }

    private func requireDue(_ deadline: DispatchDeadline, _ due: Date?, at now: Date) throws(DispatchError) {
        guard let due, now >= due else {
            throw .deadlineNotReached(orderID: orderID, deadline: deadline, due: due ?? .distantFuture, at: now)
        }
    }
}
