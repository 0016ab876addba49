/// The body of `dispatch.documents`: the purchase order whose documents are asked for, named as
/// `purchase_orders.acknowledge` names it (`{"purchaseOrderID": …}`).
public struct PurchaseOrderDocumentsRequest: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID

    public init(purchaseOrderID: PurchaseOrderID) { self.purchaseOrderID = purchaseOrderID }
}
