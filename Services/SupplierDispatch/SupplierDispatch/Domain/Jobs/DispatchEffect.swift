import Contracts
import Foundation

/// What a dispatch job asks of the service after an input, in order. The service applies `.publish`, `.schedule`
/// and `.score` in the same transaction as the job's new state, and performs `.sendPurchaseOrder` and
/// `.cancelAtSupplier` (connector calls) after that commit, reporting their results back as inputs.
public enum DispatchEffect: Equatable, Sendable {
    /// Send the purchase order through the supplier's connector, then call `purchaseOrderDelivered`.
    case sendPurchaseOrder(PurchaseOrderPlan)
    /// Ask the supplier to cancel the purchase order (after any send of it still in flight), then call
    /// `withdrawalDelivered` with its answer.
    case cancelAtSupplier(PurchaseOrderID, supplierID: SupplierID)
    /// Append the event to the partition's outbox.
    case publish(DispatchFact)
    /// Keep a timer and call `deadlinePassed` when it is due.
    case schedule(DispatchDeadline, at: Date)
    /// Apply the fact to the supplier's scorecard (`SupplierScorecard.record(_:)`).
    case score(SupplierID, SupplierScoreFact)
    /// Call `chooseSupplier` with current stock and scorecards, after applying this batch's `.score` effects.
    case chooseSupplier
}
