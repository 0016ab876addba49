import Foundation

/// `purchase_orders.acknowledge`: the supplier takes the purchase order on.
public struct AcknowledgePurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public init(purchaseOrderID: PurchaseOrderID) { self.purchaseOrderID = purchaseOrderID }
}
