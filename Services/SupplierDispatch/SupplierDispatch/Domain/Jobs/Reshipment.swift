import Contracts
import Foundation

/// R15: a reshipment round: a customer reported the items of a shipped purchase order wrong or damaged, and the
/// merchant has a supplier send the right items on a new purchase order.
///
/// Who pays for the new purchase order follows the problem: a **wrong item** is the supplier's mistake, so the
/// supplier bears it; a **damaged** item was the carrier's doing or bad luck, so the merchant bears it (and may
/// claim from the carrier).
public struct Reshipment: Codable, Hashable, Sendable {
    /// What was wrong with the shipment.
    public var problem: ShipmentProblem
    /// Which supplier the merchant asked to reship.
    public var source: ReshipmentSource
    /// The shipped purchase order the reshipment replaces.
    public var replaces: PurchaseOrderID
    /// When the problem was reported; the 2-hour dispatch target of the reshipment runs from here (R6).
    public var reportedAt: Date

    /// Who pays for the reshipment: `.supplier` for a wrong item, `.merchant` for a damaged one.
    public var costBearer: CostBearer {
        switch problem {
        case .wrongItem: .supplier
        case .damaged: .merchant
        }
    }

    /// A reshipment round for a problem reported at `reportedAt`.
    public init(problem: ShipmentProblem, source: ReshipmentSource, replaces: PurchaseOrderID, reportedAt: Date) {
        self.problem = problem
        self.source = source
        self.replaces = replaces
        self.reportedAt = reportedAt
    }
}

extension Reshipment {
    /// "reshipment of po_ord_1_1 (wrong item, supplier bears the cost)", for the purchase order's `choice`.
    var summary: String {
        let problemText =
            switch problem {
            case .wrongItem: "wrong item"
            case .damaged: "damaged"
            }
        return "reshipment of \(replaces) (\(problemText), \(costBearer.rawValue) bears the cost)"
    }
}
