import Contracts
import Foundation

// R6: choosing a supplier, sending its purchase order, and starting over when the merchant adds suppliers.
extension DispatchJob {
    /// R6: chooses the next supplier (`SupplierChoice`) and plans its purchase order (`.sendPurchaseOrder`, state
    /// `sending`); when no candidate is left, the dispatch is exhausted (`DispatchExhausted`, a `.refund` timer at
    /// `at + policy.refundAfter`, state `exhausted`). Allowed only while `choosing`.
    ///
    /// In a reshipment round (R15) with `.sameSupplier`, the first choice is the supplier that shipped, on the offer
    /// it shipped at; otherwise, and after a failure, the best supplier not tried yet.
    ///
    /// R9: `shipping` is the carrier choice for the order (the same whichever supplier ships it): the plan carries
    /// it, or, when no level can carry the parcel, its explanation says so and the supplier ships with its own.
    public mutating func chooseSupplier(
        stock: [SupplierID: Int], scorecards: [SupplierID: SupplierScorecard], policy: DispatchPolicy,
        shipping: ShippingPlan? = nil, at now: Date
    ) throws(DispatchError) -> [DispatchEffect] {
        guard case .choosing = state else { throw notAllowed(.choose) }
        guard let choice = nextChoice(stock: stock, scorecards: scorecards) else {
            return exhaust(policy: policy, at: now)
        }
        let attempt = closedPurchaseOrders.count + 1
        var explanation = reshipment.map { "\($0.summary); \(choice.explanation)" } ?? choice.explanation
        if case .unplanned(let reason)? = shipping {
            explanation += "; no carrier choice: \(reason), so the supplier ships with a carrier of its own"
        }
        let plan = PurchaseOrderPlan(
            purchaseOrderID: DispatchPartitioning.purchaseOrderID(order: orderID, attempt: attempt),
            supplierID: choice.supplierID, attempt: attempt, offer: choice.offer, cost: choice.cost,
            choice: explanation, reshipment: reshipment, shipping: shipping?.choice)
        state = .sending(PurchaseOrderRecord(plan: plan))
        return [.sendPurchaseOrder(plan)]
    }

    /// R6, R7: the connector delivered the purchase order at `now`: it is announced (`PurchaseOrderSent`, late
    /// when sent more than `policy.dispatchTarget` after the release, or after the problem report for a
    /// reshipment), counted, and its acknowledge and ship deadlines are scheduled. A repeated report, or one for a
    /// purchase order withdrawn meanwhile, is a no-op.
    public mutating func purchaseOrderDelivered(
        _ id: PurchaseOrderID, policy: DispatchPolicy, at now: Date
    ) throws(DispatchError) -> [DispatchEffect] {
        guard case .sending(var record) = state, record.id == id else {
            _ = try existingPurchaseOrder(id)
            return []
        }
        let acknowledgeBy = now.addingTimeInterval(policy.acknowledgeWithin)
        let shipBy = now.addingTimeInterval(policy.shipWithin)
        record.sentAt = now
        record.acknowledgeBy = acknowledgeBy
        record.shipBy = shipBy
        state = .awaitingAcknowledgement(record)
        let dispatchStart = record.plan.reshipment?.reportedAt ?? order.releasedAt
        let isLate = now.timeIntervalSince(dispatchStart) > policy.dispatchTarget
        return [
            .publish(sent(record, isLate: isLate)), .score(record.supplierID, .sent),
            .schedule(.acknowledge(id), at: acknowledgeBy), .schedule(.ship(id), at: shipBy),
        ]
    }

    /// R6: the supplier connector can never take the purchase order being sent, `reason` says why (its request is
    /// larger than the connector's limit, `SupplierConnectorLimits`). It closes as `undeliverable`
    /// (`PurchaseOrderFailed` with the reason, not scored: the supplier never saw it), and the dispatch is exhausted
    /// at once (`DispatchExhausted`, a `.refund` timer), since every other supplier would get the same request: the
    /// merchant is told, fixes the listing and retries (`retry(offers:)`, which may choose the same supplier again).
    /// While the order is `cancelling` the withdrawal queued after the send settles it, so this is a no-op then, as
    /// for a purchase order no longer being sent.
    public mutating func purchaseOrderUndeliverable(
        _ id: PurchaseOrderID, reason: String, policy: DispatchPolicy, at now: Date
    ) throws(DispatchError) -> [DispatchEffect] {
        guard case .sending(let record) = state, record.id == id else {
            _ = try existingPurchaseOrder(id)
            return []
        }
        close(record, as: .failed(.undeliverable), then: .choosing)
        return [.publish(failed(record, .undeliverable, detail: reason, at: now))] + exhaust(policy: policy, at: now)
    }

    /// R6: the merchant changed the variation's suppliers after every one had failed: the job chooses again
    /// (`.chooseSupplier`) among `offers`, still skipping the suppliers already tried. Allowed only while
    /// `exhausted`; the pending refund timer becomes stale.
    public mutating func retry(offers: [SupplierOfferRecord]) throws(DispatchError) -> [DispatchEffect] {
        guard case .exhausted = state else { throw notAllowed(.retry) }
        self.offers = offers
        state = .choosing
        return [.chooseSupplier]
    }

    /// R6: no supplier is left: `DispatchExhausted` and a `.refund` timer `policy.refundAfter` from now.
    private mutating func exhaust(policy: DispatchPolicy, at now: Date) -> [DispatchEffect] {
        let refundAt = now.addingTimeInterval(policy.refundAfter)
        state = .exhausted(refundAt: refundAt)
        return [.publish(exhausted(refundAt: refundAt, at: now)), .schedule(.refund, at: refundAt)]
    }

    private func nextChoice(
        stock: [SupplierID: Int], scorecards: [SupplierID: SupplierScorecard]
    ) -> SupplierChoice? {
        let backup = {
            SupplierChoice.choose(
                from: offers, quantity: order.quantity, excluding: triedSuppliers, stock: stock,
                scorecards: scorecards)
        }
        guard let reshipment, reshipment.source == .sameSupplier,
            !closedPurchaseOrders.contains(where: { $0.plan.reshipment == reshipment }),
            let shipped = purchaseOrder(reshipment.replaces)
        else { return backup() }
        let same = SupplierChoice.choose(
            from: [shipped.plan.offer], quantity: order.quantity, excluding: [], stock: stock,
            scorecards: scorecards)
        return same ?? backup()
    }
}
