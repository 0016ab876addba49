import Contracts

/// Why a supplier refused a purchase order: the two `PurchaseOrderFailure`s a supplier reports itself.
public enum SupplierRejection: String, Codable, Hashable, Sendable, CaseIterable {
    /// The supplier said no.
    case rejected
    /// The supplier has not got the units.
    case outOfStock = "out_of_stock"

    /// The failure the purchase order closes with.
    public var failure: PurchaseOrderFailure {
        switch self {
        case .rejected: .rejected
        case .outOfStock: .outOfStock
        }
    }
}
