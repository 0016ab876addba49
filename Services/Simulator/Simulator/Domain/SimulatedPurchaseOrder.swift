import Contracts
import Foundation

/// One purchase order as its simulated supplier holds it: the request's essentials, the fate planned at
/// receipt and how far it has got (R6, R7, R15). Its data is the published `SupplierPurchaseOrder` that
/// `simulator.purchase_orders` answers; the rules are here. Values in, facts out: each step returns the fact to
/// publish, or nil when it does not apply (a repeated or overtaken step).
public typealias SimulatedPurchaseOrder = SupplierPurchaseOrder

extension SimulatedPurchaseOrder {
    /// Shipped later than this after receipt misses the SLA (R7).
    public static let shipWithin: TimeInterval = 48 * 3_600

    /// A purchase order just received, with its fate.
    init(_ request: PurchaseOrderRequest, supplierReference: String, receivedAt: Date, plan: FatePlan) {
        self.init(
            purchaseOrderID: request.purchaseOrderID, supplierID: request.supplierID, orderID: request.orderID,
            sku: request.sku, quantity: request.quantity, supplierReference: supplierReference,
            receivedAt: receivedAt, plan: plan, state: .received, acknowledgedAt: nil, shippedAt: nil,
            rejectedAt: nil, cancelledAt: nil)
    }

    /// The receipt `supplier.purchase_order` answers, the first time and every time after.
    public var receipt: PurchaseOrderReceipt {
        PurchaseOrderReceipt(
            purchaseOrderID: purchaseOrderID, supplierID: supplierID, supplierReference: supplierReference)
    }

    /// The fact of its receipt.
    var received: SimPurchaseOrderReceived {
        SimPurchaseOrderReceived(
            purchaseOrderID: purchaseOrderID, supplierID: supplierID, orderID: orderID, plan: plan, at: receivedAt)
    }

    /// The supplier acknowledges, if the plan ships it and it is still just received.
    mutating func acknowledge(at time: Date) -> SimAcknowledged? {
        guard state == .received, plan.acknowledgeAt != nil else { return nil }
        state = .acknowledged
        acknowledgedAt = time
        return SimAcknowledged(purchaseOrderID: purchaseOrderID, supplierID: supplierID, at: time)
    }

    /// The supplier ships with the planned carrier and tracking number, if acknowledged.
    mutating func ship(at time: Date) -> SimShipped? {
        guard state == .acknowledged, let carrier = plan.carrier, let trackingNumber = plan.trackingNumber else {
            return nil
        }
        state = .shipped
        shippedAt = time
        return SimShipped(
            purchaseOrderID: purchaseOrderID, supplierID: supplierID, carrier: carrier, trackingNumber: trackingNumber,
            isLate: time.timeIntervalSince(receivedAt) > Self.shipWithin, at: time)
    }

    /// The supplier refuses, if the plan refuses it and it is still just received.
    mutating func reject(at time: Date) -> SimRejected? {
        let reason: PurchaseOrderFailure
        switch plan.outcome {
        case .rejected: reason = .rejected
        case .outOfStock: reason = .outOfStock
        case .ships, .shipsLate, .silent: return nil
        }
        guard state == .received else { return nil }
        state = .rejected
        rejectedAt = time
        return SimRejected(
            purchaseOrderID: purchaseOrderID, supplierID: supplierID, reason: reason, detail: plan.detail, at: time)
    }

    /// Dispatch withdraws it (R15): before it shipped it is cancelled and nothing more happens; after, it has
    /// already shipped. Returns the answer, and the fact when the purchase order changed.
    mutating func cancel(at time: Date) -> (reply: PurchaseOrderCancellationReply, cancelled: SimCancelled?) {
        switch state {
        case .shipped:
            return (PurchaseOrderCancellationReply(supplierID: supplierID, outcome: "already_shipped"), nil)
        case .rejected, .cancelled:
            return (PurchaseOrderCancellationReply(supplierID: supplierID, outcome: "cancelled"), nil)
        case .received, .acknowledged:
            state = .cancelled
            cancelledAt = time
            let fact = SimCancelled(purchaseOrderID: purchaseOrderID, supplierID: supplierID, at: time)
            return (PurchaseOrderCancellationReply(supplierID: supplierID, outcome: "cancelled"), fact)
        }
    }
}
