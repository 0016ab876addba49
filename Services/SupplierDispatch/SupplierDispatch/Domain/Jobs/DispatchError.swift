import Contracts
import Foundation

/// Why a dispatch job refused an input; each case renders as one sentence naming the order.
public enum DispatchError: Error, Hashable, CustomStringConvertible {
    /// The input is not allowed in the job's current state.
    case notAllowed(orderID: OrderID, action: DispatchAction, status: DispatchStatus)
    /// The purchase order is not one of this job's.
    case unknownPurchaseOrder(orderID: OrderID, purchaseOrderID: PurchaseOrderID)
    /// The purchase order is closed, or being withdrawn, and takes no such input.
    case purchaseOrderClosed(orderID: OrderID, purchaseOrderID: PurchaseOrderID, action: DispatchAction)
    /// A timer fired before its purchase order's deadline.
    case deadlineNotReached(orderID: OrderID, deadline: DispatchDeadline, due: Date, at: Date)
    /// A second ship report for a purchase order names another shipment than the first.
    case conflictingShipment(orderID: OrderID, purchaseOrderID: PurchaseOrderID, trackingNumber: String)
    /// A supplier reported on a purchase order that was sent to another supplier (R7).
    case notHeld(orderID: OrderID, purchaseOrderID: PurchaseOrderID, supplierID: SupplierID)
    /// A ship report for a purchase order its supplier has not acknowledged, when the supplier's contract does not
    /// let it ship unacknowledged (R7).
    case notAcknowledged(orderID: OrderID, purchaseOrderID: PurchaseOrderID)

    public var description: String {
        switch self {
        case .notAllowed(let order, let action, let status):
            "Cannot \(action.rawValue) order \(order) while its dispatch is \(status)."
        case .unknownPurchaseOrder(let order, let purchaseOrder):
            "Purchase order \(purchaseOrder) is not one of order \(order)."
        case .purchaseOrderClosed(let order, let purchaseOrder, let action):
            "Cannot \(action.rawValue) order \(order): purchase order \(purchaseOrder) was closed or withdrawn."
        case .deadlineNotReached(let order, let deadline, let due, let at):
            "The \(deadline) deadline of order \(order) is due at \(DomainTime.format(due)), "
                + "not at \(DomainTime.format(at))."
        case .conflictingShipment(let order, let purchaseOrder, let trackingNumber):
            "Purchase order \(purchaseOrder) of order \(order) already shipped with tracking number "
                + "\(trackingNumber)."
        case .notHeld(let order, let purchaseOrder, let supplier):
            "Supplier \(supplier) does not hold purchase order \(purchaseOrder) of order \(order)."
        case .notAcknowledged(let order, let purchaseOrder):
            "Purchase order \(purchaseOrder) of order \(order) must be acknowledged before it ships: its supplier's "
                + "contract does not let it ship unacknowledged."
        }
    }
}

/// The inputs of a dispatch job, phrased for error sentences.
public enum DispatchAction: String, Hashable, Sendable {
    case choose = "choose a supplier for"
    case acknowledge = "acknowledge a purchase order of"
    case ship = "ship a purchase order of"
    case reject = "reject a purchase order of"
    case answerWithdrawal = "answer a withdrawal for"
    case retry = "retry the dispatch of"
    case reportProblem = "report a problem with"
}
