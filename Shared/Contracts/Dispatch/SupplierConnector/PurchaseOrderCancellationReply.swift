import Foundation

/// The connector's answer to `supplier.cancel`.
public struct PurchaseOrderCancellationReply: Codable, Sendable, Equatable {
    /// The supplier that answers: the cancellation's `supplierID`. Dispatch refuses an answer from another.
    public var supplierID: SupplierID
    /// `cancelled` (nothing will ship) or `already_shipped`.
    public var outcome: String

    public init(supplierID: SupplierID, outcome: String) {
        self.supplierID = supplierID
        self.outcome = outcome
    }
}
