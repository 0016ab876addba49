import Contracts
import Foundation

/// What a dispatch job knows of one of its purchase orders, from plan to closure.
public struct PurchaseOrderRecord: Codable, Hashable, Sendable {
    /// What was sent to whom, at what cost.
    public let plan: PurchaseOrderPlan
    /// When its delivery was reported and `PurchaseOrderSent` published; nil before, and for a purchase order
    /// withdrawn before its delivery was reported (no event ever named it).
    public internal(set) var sentAt: Date?
    /// R7: acknowledgement due, from `sentAt`.
    public internal(set) var acknowledgeBy: Date?
    /// R7: shipment due, from `sentAt`.
    public internal(set) var shipBy: Date?
    public internal(set) var acknowledgedAt: Date?
    /// Set when a timeout asked the supplier to withdraw it (R7): the failure it closes with if the supplier
    /// cancels.
    public internal(set) var withdrawnFor: PurchaseOrderFailure?
    /// The supplier's answer to a withdrawal or cancellation, once it came.
    public internal(set) var withdrawalAnswer: WithdrawalOutcome?
    /// How it closed; nil while it is the job's open purchase order.
    public internal(set) var closure: PurchaseOrderClosure?
    /// Its ship report, normal or after cancel.
    public internal(set) var shipment: PurchaseOrderShipment?
    /// What a customer reported about its shipment (R15).
    public internal(set) var problem: ShipmentProblem?

    /// A purchase order just planned: nothing has happened to it yet.
    public init(plan: PurchaseOrderPlan) {
        self.plan = plan
    }

    public var id: PurchaseOrderID { plan.purchaseOrderID }

    /// R9: it shipped with another carrier than the one Dispatch chose. The parcel is real, so the shipment
    /// stands, but the supplier's scorecard counts it (`SupplierScoreFact.carrierMismatch`).
    public var isCarrierMismatch: Bool {
        guard let required = plan.shipping?.carrier, let shipped = shipment?.carrier else { return false }
        return required != shipped
    }
    public var supplierID: SupplierID { plan.supplierID }
}
