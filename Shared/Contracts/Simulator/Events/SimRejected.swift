import Foundation

/// `sim.rejected` on the simulator's stream: the simulated supplier refused the purchase order (`rejected` or
/// `out_of_stock`, R6).
public struct SimRejected: EventPayload, Equatable {
    public static let eventType = "sim.rejected"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var reason: PurchaseOrderFailure
    public var detail: String?
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, reason: PurchaseOrderFailure, detail: String?,
        at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.reason = reason
        self.detail = detail
        self.at = at
    }
}
