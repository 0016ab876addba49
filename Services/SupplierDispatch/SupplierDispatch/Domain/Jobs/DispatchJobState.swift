import Contracts
import Foundation

/// Where a dispatch job stands. The states that hold a `PurchaseOrderRecord` are the only place an open purchase
/// order lives, so a job cannot have two (R6, R7). The transitions:
///
///     choosing ──choose──▶ sending ──delivered──▶ awaitingAcknowledgement ──acknowledge──▶ awaitingShipment
///     choosing ──no candidate──▶ exhausted ──retry──▶ choosing  |  exhausted ──refund deadline──▶ abandoned
///     awaitingShipment ──ship──▶ shipped  |  awaitingAcknowledgement ──ship──▶ shipped, only when the supplier's
///     offer says `shipsWithoutAcknowledgement`  |  awaitingAcknowledgement, awaitingShipment ──reject──▶ choosing
///     awaitingAcknowledgement, awaitingShipment ──deadline──▶ withdrawing
///     withdrawing ──cancelled──▶ choosing  |  ──already shipped──▶ awaitingLateShipment ──ship (late)──▶ shipped
///     sending…awaitingLateShipment ──order cancelled──▶ cancelling ──cancelled / ship──▶ cancelled
///     choosing, exhausted ──order cancelled──▶ cancelled
///     shipped ──problem reported──▶ choosing (a reshipment round, R15)
public enum DispatchJobState: Codable, Hashable, Sendable {
    /// No purchase order is open; the next supplier is to be chosen (`chooseSupplier`).
    case choosing
    /// A purchase order is planned and may be on its way; its delivery is not reported yet.
    case sending(PurchaseOrderRecord)
    /// The supplier has the purchase order and has not acknowledged it (R7).
    case awaitingAcknowledgement(PurchaseOrderRecord)
    /// The supplier acknowledged and has not shipped (R7).
    case awaitingShipment(PurchaseOrderRecord)
    /// A deadline passed; the supplier was asked to cancel and its answer is awaited before failing over.
    case withdrawing(PurchaseOrderRecord)
    /// The supplier answered a withdrawal with "already shipped"; its (late) ship report is awaited.
    case awaitingLateShipment(PurchaseOrderRecord)
    /// The order was cancelled (R15); the supplier was asked to cancel its purchase order and has not confirmed.
    case cancelling(PurchaseOrderRecord)
    /// A purchase order shipped: the order's normal shipment (until a problem report starts a reshipment).
    case shipped
    /// Every supplier failed; the order is abandoned at `refundAt` unless the merchant adds a supplier (R6).
    case exhausted(refundAt: Date)
    /// No supplier shipped by the refund time; Orders refunds the customer.
    case abandoned
    /// The order was cancelled and no purchase order of it is open.
    case cancelled

    /// The job's one open purchase order, if any.
    public var openPurchaseOrder: PurchaseOrderRecord? {
        switch self {
        case .sending(let record), .awaitingAcknowledgement(let record), .awaitingShipment(let record),
            .withdrawing(let record), .awaitingLateShipment(let record), .cancelling(let record):
            record
        case .choosing, .shipped, .exhausted, .abandoned, .cancelled:
            nil
        }
    }

    /// The state's name, without its data.
    public var status: DispatchStatus {
        switch self {
        case .choosing: .choosing
        case .sending: .sending
        case .awaitingAcknowledgement: .awaitingAcknowledgement
        case .awaitingShipment: .awaitingShipment
        case .withdrawing: .withdrawing
        case .awaitingLateShipment: .awaitingLateShipment
        case .cancelling: .cancelling
        case .shipped: .shipped
        case .exhausted: .exhausted
        case .abandoned: .abandoned
        case .cancelled: .cancelled
        }
    }
}
