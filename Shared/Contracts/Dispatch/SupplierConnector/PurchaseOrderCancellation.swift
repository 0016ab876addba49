import Foundation

/// `supplier.cancel`: Dispatch withdraws a purchase order (order cancelled, or the supplier too late).
public struct PurchaseOrderCancellation: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
    }
}
