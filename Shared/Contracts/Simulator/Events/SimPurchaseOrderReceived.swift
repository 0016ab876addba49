import Foundation

/// `sim.purchase_order_received` on the simulator's stream: a simulated supplier received a purchase order and
/// decided its fate (R6). For the demo and tests; no Dropline service consumes the simulator's stream.
public struct SimPurchaseOrderReceived: EventPayload, Equatable {
    public static let eventType = "sim.purchase_order_received"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var orderID: OrderID
    public var plan: FatePlan
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, orderID: OrderID, plan: FatePlan, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.orderID = orderID
        self.plan = plan
        self.at = at
    }
}
