import Contracts
import Foundation

/// The dispatch of one released order (R6, R7, R15), owned by the dispatch partition of its order: which
/// suppliers got a purchase order, how each closed, and what is open now.
///
/// **Invariant:** at most one purchase order of the order is open at any time (the open one lives only in
/// `state`), and the next supplier is chosen only once the previous purchase order is closed. A purchase order
/// closed by a timeout is first withdrawn at the supplier, and the job fails over only when the supplier confirms
/// the cancellation, so two suppliers never both ship the order. A ship report for a closed purchase order is
/// recorded as a shipment after cancel, never as the order's shipment.
///
/// Inputs are methods that return the effects to carry out, in order (`DispatchEffect`). An input that repeats one
/// already applied (a second acknowledgement, a stale timer, a repeated answer) changes nothing and returns `[]`;
/// an input that makes no sense in the current state throws `DispatchError`. Failures do not choose the next
/// supplier themselves: they leave the job `choosing` and return `.chooseSupplier`, which the service answers with
/// `chooseSupplier(stock:scorecards:policy:at:)` once it has applied the failure's `.score`, so that the choice
/// sees current stock and scores.
public struct DispatchJob: Codable, Equatable, Sendable {
    /// The released order, as `order.released` carried it (R5).
    public let order: UnfulfilledOrder
    /// The variation's offers in the merchant's order (R6); `retry(offers:)` replaces them.
    public internal(set) var offers: [SupplierOfferRecord]
    public internal(set) var state: DispatchJobState
    /// Every purchase order no longer open, oldest first.
    public internal(set) var closedPurchaseOrders: [PurchaseOrderRecord] = []
    /// The latest reshipment round (R15), if a problem was ever reported.
    public internal(set) var reshipment: Reshipment?

    /// R5, R6: the job of an order just released, in state `choosing`; call `chooseSupplier` next.
    public static func release(order: UnfulfilledOrder, offers: [SupplierOfferRecord]) -> DispatchJob {
        DispatchJob(order: order, offers: offers, state: .choosing)
    }

    public var orderID: OrderID { order.orderID }
    public var status: DispatchStatus { state.status }

    /// Every purchase order of the job, oldest first; only the last can be open.
    public var purchaseOrders: [PurchaseOrderRecord] {
        closedPurchaseOrders + (state.openPurchaseOrder.map { [$0] } ?? [])
    }

    /// The suppliers that had a purchase order of this order: the supplier choice skips them (R6). A purchase order
    /// that could not be delivered at all (`undeliverable`) does not count: its supplier never saw it.
    public var triedSuppliers: Set<SupplierID> {
        Set(purchaseOrders.filter { $0.closure != .failed(.undeliverable) }.map(\.supplierID))
    }

    /// The purchase order with this id, open or closed, or nil when it is not one of this job's.
    public func purchaseOrder(_ id: PurchaseOrderID) -> PurchaseOrderRecord? {
        purchaseOrders.first { $0.id == id }
    }

    // MARK: - Helpers for the inputs

    /// The purchase order with this id, or `.unknownPurchaseOrder`.
    func existingPurchaseOrder(_ id: PurchaseOrderID) throws(DispatchError) -> PurchaseOrderRecord {
        guard let record = purchaseOrder(id) else {
            throw .unknownPurchaseOrder(orderID: orderID, purchaseOrderID: id)
        }
        return record
    }

    /// The open purchase order when it has this id.
    func openPurchaseOrder(_ id: PurchaseOrderID) -> PurchaseOrderRecord? {
        state.openPurchaseOrder.flatMap { $0.id == id ? $0 : nil }
    }

    /// Closes the open purchase order: it joins the history, and the job moves to `next`.
    mutating func close(_ record: PurchaseOrderRecord, as closure: PurchaseOrderClosure, then next: DispatchJobState) {
        precondition(state.openPurchaseOrder?.id == record.id, "order \(orderID): closing a purchase order not open")
        var closed = record
        closed.closure = closure
        closedPurchaseOrders.append(closed)
        state = next
    }

    /// Replaces a closed purchase order's record.
    mutating func updateClosed(_ record: PurchaseOrderRecord) {
        guard let index = closedPurchaseOrders.firstIndex(where: { $0.id == record.id }) else {
            preconditionFailure("order \(orderID): purchase order \(record.id) is not closed")
        }
        closedPurchaseOrders[index] = record
    }

    func notAllowed(_ action: DispatchAction) -> DispatchError {
        .notAllowed(orderID: orderID, action: action, status: status)
    }

    func closedError(_ id: PurchaseOrderID, _ action: DispatchAction) -> DispatchError {
        .purchaseOrderClosed(orderID: orderID, purchaseOrderID: id, action: action)
    }
}
