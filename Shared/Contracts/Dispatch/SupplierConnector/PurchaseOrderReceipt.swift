import Foundation

/// The connector's answer to `supplier.purchase_order`: the supplier's system has the purchase order.
public struct PurchaseOrderReceipt: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// The supplier's own reference for it, if it has one.
    public var supplierReference: String?

    public init(purchaseOrderID: PurchaseOrderID, supplierReference: String?) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierReference = supplierReference
    }
}
