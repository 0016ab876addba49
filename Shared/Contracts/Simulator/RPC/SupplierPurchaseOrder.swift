import Foundation

/// One purchase order as its simulated supplier holds it (R6, R7, R15): the request's essentials, the fate planned
/// at receipt and how far it has got.
public struct SupplierPurchaseOrder: Codable, Sendable, Equatable {
    /// Where the purchase order stands.
    public enum State: String, Codable, Sendable, CaseIterable {
        case received, acknowledged, shipped, rejected, cancelled
    }

    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var orderID: OrderID
    public var sku: String
    public var quantity: Int
    /// The reference the receipt gave Dispatch.
    public var supplierReference: String
    public var receivedAt: Date
    public var plan: FatePlan
    public var state: State
    public var acknowledgedAt: Date?
    public var shippedAt: Date?
    public var rejectedAt: Date?
    public var cancelledAt: Date?

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, orderID: OrderID, sku: String, quantity: Int,
        supplierReference: String, receivedAt: Date, plan: FatePlan, state: State, acknowledgedAt: Date?,
        shippedAt: Date?, rejectedAt: Date?, cancelledAt: Date?
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.orderID = orderID
        self.sku = sku
        self.quantity = quantity
        self.supplierReference = supplierReference
        self.receivedAt = receivedAt
        self.plan = plan
        self.state = state
        self.acknowledgedAt = acknowledgedAt
        self.shippedAt = shippedAt
        self.rejectedAt = rejectedAt
        self.cancelledAt = cancelledAt
    }
}
