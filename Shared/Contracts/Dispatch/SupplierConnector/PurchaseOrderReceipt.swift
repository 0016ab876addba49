import Foundation

/// The connector's answer to `supplier.purchase_order`: the supplier's system has the purchase order.
public struct PurchaseOrderReceipt: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// The supplier that took it: the request's `supplierID`. Dispatch refuses a receipt from another.
    public var supplierID: SupplierID
    /// The supplier's own reference for it, if it has one.
    public var supplierReference: String?

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, supplierReference: String?) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.supplierReference = supplierReference
    }
}
