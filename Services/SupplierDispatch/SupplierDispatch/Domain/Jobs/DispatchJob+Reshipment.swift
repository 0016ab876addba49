import Contracts
import Foundation

// R15: a wrong or damaged shipment, and its reshipment on a new purchase order.
extension DispatchJob {
    /// R7, R15: a customer reported the items of the shipped purchase order `id` wrong or damaged, and the merchant
    /// has them reshipped from `source`. The shipping supplier is scored (`.problemReported`), a reshipment round
    /// starts (`reshipment`, whose cost the supplier bears for a wrong item and the merchant for a damaged one), and
    /// the job chooses again (`.chooseSupplier`): the new purchase order gets the next attempt number and goes
    /// through the usual acknowledge / ship / failover cycle.
    ///
    /// Allowed only for the order's current shipment while `shipped`; the same report again is a no-op.
    public mutating func reportProblem(
        _ id: PurchaseOrderID, problem: ShipmentProblem, reship source: ReshipmentSource, at now: Date
    ) throws(DispatchError) -> [DispatchEffect] {
        var record = try existingPurchaseOrder(id)
        if record.problem == problem { return [] }
        guard case .shipped = state, record.problem == nil,
            closedPurchaseOrders.last(where: { $0.closure == .shipped })?.id == id
        else { throw notAllowed(.reportProblem) }
        record.problem = problem
        updateClosed(record)
        reshipment = Reshipment(problem: problem, source: source, replaces: id, reportedAt: now)
        state = .choosing
        return [.score(record.supplierID, .problemReported), .chooseSupplier]
    }
}
