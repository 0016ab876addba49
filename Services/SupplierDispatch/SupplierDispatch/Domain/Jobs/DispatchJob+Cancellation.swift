import Contracts
import Foundation

// R8, R15: the order is cancelled or refunded after its release.
extension DispatchJob {
    /// R15: the order was cancelled at `now`; or R8: it was refunded, not shipped within 5 days of release, which
    /// cancels its purchase order alike.
    ///
    /// - No purchase order open (`choosing`, `exhausted`): state `cancelled`, nothing to publish.
    /// - `sending`: the connector call may have happened, so the purchase order is withdrawn (`.cancelAtSupplier`)
    ///   without an event, since none announced it; state `cancelling`.
    /// - `awaitingAcknowledgement`, `awaitingShipment`: `.cancelAtSupplier` and `PurchaseOrderCancelRequested`;
    ///   state `cancelling`.
    /// - `withdrawing`: the withdrawal under way serves as the cancellation: `PurchaseOrderCancelRequested`, state
    ///   `cancelling`; if the supplier confirms, its missed deadline is still scored.
    /// - `awaitingLateShipment`: the supplier already shipped; state `cancelling`, and its ship report will be a
    ///   shipment after cancel that the merchant bears.
    /// - `shipped`, `cancelling`, `cancelled`, `abandoned`: nothing changes (the shipment stands, or the order is
    ///   settled already).
    public mutating func orderCancelled(at now: Date) -> [DispatchEffect] {
        switch state {
        case .choosing, .exhausted:
            state = .cancelled
            return []
        case .sending(let open):
            state = .cancelling(open)
            return [.cancelAtSupplier(open.id, supplierID: open.supplierID)]
        case .awaitingAcknowledgement(let open), .awaitingShipment(let open):
            state = .cancelling(open)
            return [.cancelAtSupplier(open.id, supplierID: open.supplierID), .publish(cancelRequested(open, at: now))]
        case .withdrawing(let open):
            state = .cancelling(open)
            return [.publish(cancelRequested(open, at: now))]
        case .awaitingLateShipment(let open):
            state = .cancelling(open)
            return []
        case .shipped, .cancelling, .cancelled, .abandoned:
            return []
        }
    }

    /// The supplier confirmed the cancellation of the open purchase order, or refused it: nothing of it will ship.
    /// `PurchaseOrderCancelled` when it had been announced; a timeout that started its withdrawal is scored.
    mutating func confirmCancellation(_ record: PurchaseOrderRecord, at now: Date) -> [DispatchEffect] {
        close(record, as: .cancelled, then: .cancelled)
        var effects: [DispatchEffect] = []
        if record.sentAt != nil { effects.append(.publish(cancelled(record, at: now))) }
        if let failure = record.withdrawnFor { effects.append(.score(record.supplierID, .failed(failure))) }
        return effects
    }
}
